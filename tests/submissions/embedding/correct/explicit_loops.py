import numpy as np


def word_embedding_forward(x, W):
    N, T = x.shape
    out = np.empty((N, T, W.shape[1]))
    for n in range(N):
        for t in range(T):
            out[n, t] = W[x[n, t]]
    return out, {"x": x.copy(), "V": W.shape[0]}


def word_embedding_backward(dout, cache):
    x, V = cache["x"], cache["V"]
    dW = np.zeros((V, dout.shape[2]))
    for n in range(x.shape[0]):
        for t in range(x.shape[1]):
            dW[x[n, t]] = dW[x[n, t]] + dout[n, t]
    return dW
