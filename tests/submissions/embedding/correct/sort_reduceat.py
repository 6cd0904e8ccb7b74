import numpy as np


def word_embedding_forward(x, W):
    out = np.take(W, x, axis=0)
    return out, (x, W.shape)


def word_embedding_backward(dout, cache):
    x, (V, D) = cache
    ids = x.ravel()
    rows = dout.reshape(-1, D)
    order = np.argsort(ids, kind="stable")
    ids_sorted = ids[order]
    starts = np.flatnonzero(np.r_[True, ids_sorted[1:] != ids_sorted[:-1]])
    dW = np.zeros((V, D))
    dW[ids_sorted[starts]] = np.add.reduceat(rows[order], starts, axis=0)
    return dW
