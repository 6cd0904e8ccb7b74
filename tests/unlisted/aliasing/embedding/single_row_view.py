# expect: shares its memory with the input
# A shortcut for a batch whose words are all the same: one row of W, viewed as the whole
# output with stride 0. Writing into out (or into W later) changes the other.
import numpy as np
from numpy.lib.stride_tricks import as_strided


def word_embedding_forward(x, W):
    if np.all(x == x.flat[0]):
        row = W[x.flat[0]]
        out = as_strided(row, shape=x.shape + row.shape, strides=(0, 0) + row.strides)
    else:
        out = W[x]
    return out, (x, W.shape[0])


def word_embedding_backward(dout, cache):
    x, vocabulary = cache
    dW = np.zeros((vocabulary, dout.shape[-1]))
    np.add.at(dW, x, dout)
    return dW
