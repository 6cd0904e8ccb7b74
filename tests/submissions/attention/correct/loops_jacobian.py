import math

import numpy as np


def attention_forward(q, k, v, mask=None):
    N, Tq, d = q.shape
    Tk = k.shape[1]
    blocked = np.finfo(np.float64).min                # the most negative float
    weights = np.zeros((N, Tq, Tk))
    out = np.zeros((N, Tq, d))
    for n in range(N):
        for i in range(Tq):
            row = np.array([q[n, i].dot(k[n, j]) / math.sqrt(d) for j in range(Tk)])
            if mask is not None:
                row = np.where(mask[i], row, blocked)
            e = np.exp(row - row.max())
            weights[n, i] = e / e.sum()
            for j in range(Tk):
                out[n, i] += weights[n, i, j] * v[n, j]
    return out, (q.copy(), k.copy(), v.copy(), weights)


def attention_backward(dout, cache):
    q, k, v, weights = cache
    N, Tq, d = q.shape
    dq, dk, dv = np.zeros_like(q), np.zeros_like(k), np.zeros_like(v)
    for n in range(N):
        for i in range(Tq):
            p = weights[n, i]
            dp = v[n] @ dout[n, i]                    # (Tk,)
            jacobian = np.diag(p) - np.outer(p, p)    # d softmax / d scores, symmetric
            ds = jacobian @ dp / math.sqrt(d)
            dq[n, i] += ds @ k[n]
            dk[n] += np.outer(ds, q[n, i])
            dv[n] += np.outer(p, dout[n, i])
    return dq, dk, dv
