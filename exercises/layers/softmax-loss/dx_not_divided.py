# Mistake: dx-not-divided-by-n. The reference, without the mean's 1/N in dx.
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x - np.max(x, axis=1, keepdims=True)                  # every exponent <= 0
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.mean(log_probs[np.arange(n), y])                     # mean of -log p[n, y_n]
    dx = np.exp(log_probs)                                          # p
    dx[np.arange(n), y] -= 1.0                                      # p - onehot(y)
    return float(loss), dx                                          # the mistake: no 1/N
