import numpy as np


def word_embedding_forward(x, W):
    out = W[x]                              # (N, T, D): row x[n, t] of W for every position
    cache = (x, W.shape)
    return out, cache


def word_embedding_backward(dout, cache):
    x, W_shape = cache
    dW = np.zeros(W_shape)                  # (V, D): rows of unused words stay 0
    np.add.at(dW, x, dout)                  # dW[x[n, t]] += dout[n, t], for every (n, t), repeats included
    return dW
