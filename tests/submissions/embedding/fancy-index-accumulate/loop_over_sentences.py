import numpy as np


def word_embedding_forward(x, W):
    return W[x], (x, W)


def word_embedding_backward(dout, cache):
    x, W = cache
    grad = np.zeros(W.shape)
    for sentence, g in zip(x, dout):
        grad[sentence] = grad[sentence] + g
    return grad
