# Mistake: log-of-softmax. The reference computing the probabilities p first (here in
# log_probs) and the loss as -log(p[n, y_n]), which is -inf once p underflows to 0.
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x - np.max(x, axis=1, keepdims=True)                  # every exponent <= 0
    log_probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)   # p, not log p
    loss = -np.mean(np.log(log_probs[np.arange(n), y]))                 # mean of -log p[n, y_n]
    dx = log_probs                                                  # p
    dx[np.arange(n), y] -= 1.0                                      # p - onehot(y)
    return float(loss), dx / n                                      # the mean's 1/N
