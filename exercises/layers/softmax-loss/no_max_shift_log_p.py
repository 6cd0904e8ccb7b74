# Mistake: no-max-shift (with the log of the softmax). The reference without the max shift,
# computing the probabilities p first (here in log_probs) and the loss as -log(p[n, y_n]).
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x                                                     # the mistake: no max subtracted
    log_probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)   # p, not log p
    loss = -np.mean(np.log(log_probs[np.arange(n), y]))                 # mean of -log p[n, y_n]
    dx = log_probs                                                  # p
    dx[np.arange(n), y] -= 1.0                                      # p - onehot(y)
    return float(loss), dx / n                                      # the mean's 1/N
