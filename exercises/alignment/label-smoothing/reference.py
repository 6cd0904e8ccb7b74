import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    n, v = logits.shape
    shifted = logits - np.max(logits, axis=1, keepdims=True)           # every exponent <= 0
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    q = np.full((n, v), epsilon / v)                                    # eps / V on every class
    q[np.arange(n), y] += 1.0 - epsilon                                 # true class 1 - eps + eps / V
    loss = -np.sum(q * log_probs) / n
    dlogits = (np.exp(log_probs) - q) / n
    return float(loss), dlogits
