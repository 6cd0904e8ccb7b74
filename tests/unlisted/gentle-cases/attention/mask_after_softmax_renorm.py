# expect: blocked scores far above
# applies the mask after exp (e * mask) and renormalizes, but the row max used for the shift 
# includes BLOCKED scores, so when a blocked score is far above the allowed ones, every allowed 
# exp underflows to 0 and 0/0 = NaN
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    if mask is not None:
        e = e * mask
    wts = e / e.sum(axis=-1, keepdims=True)
    return wts @ v, (q, k, v, wts)


def attention_backward(dout, cache):
    q, k, v, wts = cache
    d = q.shape[-1]
    dv = wts.transpose(0, 2, 1) @ dout
    dw = dout @ v.transpose(0, 2, 1)
    ds = wts * (dw - (wts * dw).sum(axis=-1, keepdims=True))
    return ds @ k / np.sqrt(d), ds.transpose(0, 2, 1) @ q / np.sqrt(d), dv
