# Mistake: gradient-of-hard-targets. The loss uses the smoothed targets, but the gradient is
# the one of the hard labels, (softmax - onehot) / N.
import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    n, v = logits.shape
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    q = np.full((n, v), epsilon / v)
    q[np.arange(n), y] += 1.0 - epsilon
    loss = -np.sum(q * log_probs) / n
    dlogits = np.exp(log_probs) / n
    dlogits[np.arange(n), y] -= 1.0 / n                                 # the mistake: onehot, not q
    return float(loss), dlogits
