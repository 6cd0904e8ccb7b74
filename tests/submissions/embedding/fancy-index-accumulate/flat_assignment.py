import numpy as np


def word_embedding_forward(x, W):
    N, T = x.shape
    out = W[x.reshape(-1)].reshape(N, T, W.shape[1])
    return out, (x, W.shape)


def word_embedding_backward(dout, cache):
    x, shape = cache
    dW = np.zeros(shape)
    dW[x.reshape(-1)] += dout.reshape(-1, shape[1])
    return dW
