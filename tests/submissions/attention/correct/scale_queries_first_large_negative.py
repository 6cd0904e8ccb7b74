import numpy as np


def attention_forward(q, k, v, mask=None):
    scale = 1.0 / np.sqrt(q.shape[2])
    qs = q * scale                                    # scale the queries, not the scores
    s = np.matmul(qs, np.swapaxes(k, 1, 2))
    if mask is not None:
        s = s + np.where(mask, 0.0, -1e9)             # a large negative number instead of -inf
    s = s - np.max(s, axis=2, keepdims=True)
    e = np.exp(s)
    p = e / np.sum(e, axis=2, keepdims=True)
    return np.matmul(p, v), {"qs": qs, "k": k, "v": v, "p": p, "scale": scale}


def attention_backward(dout, cache):
    qs, k, v, p, scale = cache["qs"], cache["k"], cache["v"], cache["p"], cache["scale"]
    dv = np.matmul(np.swapaxes(p, 1, 2), dout)
    dp = np.matmul(dout, np.swapaxes(v, 1, 2))
    ds = p * dp - p * np.sum(p * dp, axis=2, keepdims=True)
    dqs = np.matmul(ds, k)
    dk = np.matmul(np.swapaxes(ds, 1, 2), qs)        # qs already carries the 1/sqrt(d)
    return dqs * scale, dk, dv
