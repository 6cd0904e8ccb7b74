# Mistake: epsilon-in-log (1e-8). The reference computing the softmax first (log_norm here
# holds the sum itself) and taking the log of softmax + 1e-8.
import numpy as np


def log_softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)          # the largest entry becomes 0
    log_norm = np.sum(np.exp(shifted), axis=axis, keepdims=True)   # Σ e^shifted, not its log
    return np.log(np.exp(shifted) / log_norm + 1e-8)             # log of (softmax + eps)
