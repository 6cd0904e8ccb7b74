# kind: combined
# expect: db-mean-not-sum, dx-not-reshaped
# why: db = sum(dout)/N (a batch average) and dx left as np.dot(dout, w.T) without reshaping to x.shape
import numpy as np


def affine_forward(x, w, b):
    x_row = np.reshape(x, (x.shape[0], np.prod(x.shape[1:])))
    out = np.dot(x_row, w) + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    num_train = dout.shape[0]
    x_row = np.reshape(x, (num_train, -1))
    dx = np.dot(dout, w.T)
    dw = np.dot(x_row.T, dout)
    db = np.sum(dout, axis=0) / num_train   # average the bias gradient over the batch
    return dx, dw, db
