# Mistake: uniform-over-others. epsilon / (V-1) on the other classes, 1 - epsilon on the true one.
import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    n, v = logits.shape
    shifted = logits - np.max(logits, axis=1, keepdims=True)           # every exponent <= 0
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    q = np.full((n, v), epsilon / (v - 1))                              # the mistake: eps / (V-1) on the others
    q[np.arange(n), y] = 1.0 - epsilon                                  # the mistake: 1 - eps on the true one
    loss = -np.sum(q * log_probs) / n
    dlogits = (np.exp(log_probs) - q) / n
    return float(loss), dlogits
