# Mistake: no-max-shift (with an unshifted softmax). The reference without the max shift,
# computing the probabilities p first (here in log_probs) and the loss as -log(p[n, y_n]).
import numpy as np


def cross_entropy(logits, y):
    n = logits.shape[0]
    shifted = logits                                                     # the mistake: no max subtracted
    log_probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)   # (N, C) p, not log p
    true_class = np.log(log_probs[np.arange(n), y])                      # (N,): row n, column y[n]
    return float(-np.mean(true_class))
