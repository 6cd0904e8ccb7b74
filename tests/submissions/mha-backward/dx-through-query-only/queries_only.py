import numpy as np


def _softmax(s):
    s = s - s.max(axis=-1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=-1, keepdims=True)


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    N, T, D = x.shape
    d = D // num_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    heads, probs = [], []
    for j in range(num_heads):
        cols = slice(j * d, (j + 1) * d)
        s = Q[..., cols] @ np.swapaxes(K[..., cols], 1, 2) / np.sqrt(d)
        if mask is not None:
            s = np.where(mask, s, -np.inf)
        p = _softmax(s)
        probs.append(p)
        heads.append(p @ V[..., cols])
    concat = np.concatenate(heads, axis=-1)
    cache = {"x": x, "W": (Wq, Wk, Wv, Wo), "QKV": (Q, K, V), "P": probs, "concat": concat, "d": d}
    return concat @ Wo, cache


def mha_backward(dout, cache):
    x, (Wq, Wk, Wv, Wo), (Q, K, V) = cache["x"], cache["W"], cache["QKV"]
    d, concat = cache["d"], cache["concat"]
    D = x.shape[-1]
    dWo = np.einsum("ntd,nte->de", concat, dout)
    dconcat = dout @ Wo.T
    dQ, dK, dV = np.zeros_like(Q), np.zeros_like(K), np.zeros_like(V)
    for j, p in enumerate(cache["P"]):
        cols = slice(j * d, (j + 1) * d)
        dh = dconcat[..., cols]
        dp = dh @ np.swapaxes(V[..., cols], 1, 2)
        dV[..., cols] = np.swapaxes(p, 1, 2) @ dh
        ds = p * (dp - np.sum(dp * p, axis=-1, keepdims=True)) / np.sqrt(d)
        dQ[..., cols] = ds @ K[..., cols]
        dK[..., cols] = np.swapaxes(ds, 1, 2) @ Q[..., cols]
    dWq = np.einsum("ntd,nte->de", x, dQ)
    dWk = np.einsum("ntd,nte->de", x, dK)
    dWv = np.einsum("ntd,nte->de", x, dV)
    dx = dQ @ Wq.T                       # gradient to the input through the queries
    return dx, dWq, dWk, dWv, dWo
