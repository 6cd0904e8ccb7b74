import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    """Cross-entropy against label-smoothed targets, and its gradient.

    logits: (N, V) floats. y: int (N,), the true classes. 0 <= epsilon < 1.
    Target q = (1 - epsilon) onehot(y) + epsilon / V on every class (the true one included).
    Returns (loss, dlogits): loss = -(1/N) sum_n sum_v q log softmax(logits), a float;
    dlogits = (softmax - q) / N, shape (N, V). Finite for logits of magnitude 1e4; inputs
    are not modified.
    """
    raise NotImplementedError("label_smoothing_loss: smoothed targets, log-softmax, mean")
