import numpy as np


def softmax_loss(x, y):
    N = len(y)
    m = x.max(axis=1)
    lse = m + np.log(np.exp(x - m[:, None]).sum(axis=1))     # log sum_k e^{x_k}, stable
    loss = np.mean(lse - x[np.arange(N), y])
    onehot = np.zeros_like(x)
    onehot[np.arange(N), y] = 1
    dx = (np.exp(x - lse[:, None]) - onehot) / N
    return loss, dx
