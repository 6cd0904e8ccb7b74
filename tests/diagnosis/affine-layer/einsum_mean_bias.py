# kind: harmless
# expect: db-mean-not-sum
# why: db averages over the batch; forward and dw via np.einsum and dx via tensordot are equivalent to the reference
import numpy as np


def _flat(x):
    """Flatten every sample to one row."""
    return x.reshape(len(x), -1)


def affine_forward(x, w, b):
    out = np.einsum("nd,dm->nm", _flat(x), w) + b[np.newaxis, :]
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    dX = np.tensordot(dout, w, axes=([1], [1]))        # same as dout @ w.T
    dx = dX.reshape(x.shape)
    dw = np.einsum("nd,nm->dm", _flat(x), dout)
    db = dout.mean(axis=0)
    return dx, dw, db
