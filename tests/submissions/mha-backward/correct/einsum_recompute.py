import numpy as np


def _heads(m, h):
    n, t, D = m.shape
    return m.reshape(n, t, h, D // h).transpose(0, 2, 1, 3)


def _attention(x, Wq, Wk, Wv, h, mask):
    q, k, v = _heads(x @ Wq, h), _heads(x @ Wk, h), _heads(x @ Wv, h)
    s = np.einsum("nhtd,nhsd->nhts", q, k) / np.sqrt(q.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    p = p / p.sum(-1, keepdims=True)
    return q, k, v, p


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    q, k, v, p = _attention(x, Wq, Wk, Wv, num_heads, mask)
    o = np.einsum("nhts,nhsd->nthd", p, v).reshape(x.shape)
    return o @ Wo, (x.copy(), Wq.copy(), Wk.copy(), Wv.copy(), Wo.copy(), num_heads,
                    None if mask is None else mask.copy())


def mha_backward(dout, cache):
    x, Wq, Wk, Wv, Wo, h, mask = cache
    q, k, v, p = _attention(x, Wq, Wk, Wv, h, mask)       # recomputed, as checkpointing does
    n, t, D = x.shape
    o = np.einsum("nhts,nhsd->nthd", p, v).reshape(n, t, D)
    dWo = o.reshape(-1, D).T @ dout.reshape(-1, D)
    do = _heads(dout @ Wo.T, h)
    dp = np.einsum("nhtd,nhsd->nhts", do, v)
    dv = np.einsum("nhts,nhtd->nhsd", p, do)
    rowdot = np.einsum("nhtd,nhtd->nht", do, np.einsum("nhts,nhsd->nhtd", p, v))[..., None]
    ds = p * (dp - rowdot) / np.sqrt(D // h)
    dq = np.einsum("nhts,nhsd->nhtd", ds, k)
    dk = np.einsum("nhts,nhtd->nhsd", ds, q)
    merge = lambda g: g.transpose(0, 2, 1, 3).reshape(n, t, D)
    dq, dk, dv = merge(dq), merge(dk), merge(dv)
    dWq = np.einsum("ntd,nte->de", x, dq)
    dWk = np.einsum("ntd,nte->de", x, dk)
    dWv = np.einsum("ntd,nte->de", x, dv)
    return dq @ Wq.T + dk @ Wk.T + dv @ Wv.T, dWq, dWk, dWv, dWo
