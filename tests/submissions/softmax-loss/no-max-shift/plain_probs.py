import numpy as np


def softmax_loss(x, y):
    N = x.shape[0]
    scores = np.exp(x)
    probs = scores / scores.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(N), y]).mean()
    dx = probs.copy()
    dx[np.arange(N), y] -= 1
    dx /= N
    return loss, dx
