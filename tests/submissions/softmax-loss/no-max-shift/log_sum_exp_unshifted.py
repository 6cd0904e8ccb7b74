import numpy as np


def softmax_loss(x, y):
    N = x.shape[0]
    lse = np.log(np.sum(np.exp(x), axis=1))
    loss = np.sum(lse - x[np.arange(N), y]) / N
    dx = np.exp(x - lse[:, None])
    dx[np.arange(N), y] -= 1
    return loss, dx / N
