# Mistake: dx-missing-onehot. The reference, with dx = p / N (the one-hot never subtracted).
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x - np.max(x, axis=1, keepdims=True)                  # every exponent <= 0
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.mean(log_probs[np.arange(n), y])                     # mean of -log p[n, y_n]
    dx = np.exp(log_probs)                                          # p
    return float(loss), dx / n                                      # the mean's 1/N
