import numpy as np


def softmax_loss(x, y):
    N = x.shape[0]
    z = x - x.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(N), y].sum() / N
    grad = np.exp(logp)
    grad[np.arange(N), y] -= 1
    return loss, grad
