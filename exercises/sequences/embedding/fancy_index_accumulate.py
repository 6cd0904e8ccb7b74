# Mistake: fancy-index-accumulate. The reference with dW[x] += dout: buffered, a repeated index is
# written once, the last write wins.
import numpy as np


def word_embedding_forward(x, W):
    out = W[x]
    cache = (x, W.shape)
    return out, cache


def word_embedding_backward(dout, cache):
    x, W_shape = cache
    dW = np.zeros(W_shape)
    dW[x] += dout                           # the mistake: not np.add.at
    return dW
