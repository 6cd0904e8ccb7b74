# Mistake: no-max-shift. The reference without the max shift: exp of the raw logits.
import numpy as np


def cross_entropy(logits, y):
    n = logits.shape[0]
    shifted = logits                                                     # the mistake: no max subtracted
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))   # (N, C) log-softmax
    true_class = log_probs[np.arange(n), y]                              # (N,): row n, column y[n]
    return float(-np.mean(true_class))
