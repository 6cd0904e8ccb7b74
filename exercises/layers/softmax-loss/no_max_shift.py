# Mistake: no-max-shift. The reference without the max shift: exp of the raw scores,
# and dx = exp(x) / sum(exp(x)).
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x                                                     # the mistake: no max subtracted
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.mean(log_probs[np.arange(n), y])                     # mean of -log p[n, y_n]
    dx = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)   # p
    dx[np.arange(n), y] -= 1.0                                      # p - onehot(y)
    return float(loss), dx / n                                      # the mean's 1/N
