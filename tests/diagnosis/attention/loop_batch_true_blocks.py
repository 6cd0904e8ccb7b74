# kind: harmless
# expect: mask-inverted
# why: processes the batch one item at a time (same numbers as the batched form), but treats mask True as "blocked" and so masks exactly the allowed pairs
import numpy as np


def attention_forward(q, k, v, mask=None):
    N, Tq, d = q.shape
    Tk = k.shape[1]
    out = np.zeros((N, Tq, d))
    weights = np.zeros((N, Tq, Tk))
    for b in range(N):
        s = q[b] @ k[b].T / np.sqrt(d)
        if mask is not None:
            s[mask] = -np.inf            # hide the masked positions
        s = s - s.max(axis=1, keepdims=True)
        w = np.exp(s)
        w = w / w.sum(axis=1, keepdims=True)
        weights[b] = w
        out[b] = w @ v[b]
    return out, (q, k, v, weights)


def attention_backward(dout, cache):
    q, k, v, weights = cache
    d = q.shape[-1]
    dq, dk, dv = np.zeros_like(q), np.zeros_like(k), np.zeros_like(v)
    for b in range(q.shape[0]):
        w = weights[b]
        dv[b] = w.T @ dout[b]
        dw = dout[b] @ v[b].T
        ds = w * (dw - np.sum(w * dw, axis=1, keepdims=True))
        dq[b] = ds @ k[b] / np.sqrt(d)
        dk[b] = ds.T @ q[b] / np.sqrt(d)
    return dq, dk, dv
