# kind: unlisted
# expect: generic:constant-factor
# why: the loss is the sum over the batch instead of the mean (N times too large), while dx is divided by N as for the mean
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x - np.max(x, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.sum(log_probs[np.arange(n), y])
    dx = np.exp(log_probs)
    dx[np.arange(n), y] -= 1.0
    dx /= n
    return float(loss), dx
