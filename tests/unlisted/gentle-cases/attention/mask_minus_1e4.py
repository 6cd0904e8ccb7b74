# expect: blocked scores far above
# blocked scores set to -1e4 (the "large negative" of the log-softmax exercise) instead of 
# -inf; wrong when the allowed scores are themselves below about -1e4 + 700
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -1e4)
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    wts = e / e.sum(axis=-1, keepdims=True)
    return wts @ v, (q, k, v, wts)


def attention_backward(dout, cache):
    q, k, v, wts = cache
    d = q.shape[-1]
    dv = wts.transpose(0, 2, 1) @ dout
    dw = dout @ v.transpose(0, 2, 1)
    ds = wts * (dw - (wts * dw).sum(axis=-1, keepdims=True))
    return ds @ k / np.sqrt(d), ds.transpose(0, 2, 1) @ q / np.sqrt(d), dv
