import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    outs, weights = [], []
    for qn, kn, vn in zip(q, k, v):
        s = qn @ kn.T / d ** 0.5
        e = np.exp(s - s.max(axis=1, keepdims=True))
        w = e / e.sum(axis=1, keepdims=True)
        if mask is not None:
            w = w.copy()
            w[~mask] = 0.0                            # blocked weights removed after normalizing
        weights.append(w)
        outs.append(w @ vn)
    return np.stack(outs), (q, k, v, np.stack(weights))


def attention_backward(dout, cache):
    q, k, v, w = cache
    d = q.shape[-1]
    dq, dk, dv = [], [], []
    for qn, kn, vn, wn, gn in zip(q, k, v, w, dout):
        dv.append(wn.T @ gn)
        dw = gn @ vn.T
        ds = wn * (dw - (wn * dw).sum(axis=1, keepdims=True))
        dq.append(ds @ kn / d ** 0.5)
        dk.append(ds.T @ qn / d ** 0.5)
    return np.stack(dq), np.stack(dk), np.stack(dv)
