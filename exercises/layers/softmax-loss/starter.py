import numpy as np


def softmax_loss(x, y):
    """Softmax cross-entropy loss, averaged over the batch, and its gradient.

    x: scores, shape (N, C). y: correct classes, int array (N,), values in [0, C).
    Return (loss, dx): loss a float, the mean over the N examples of -log softmax(x)[n, y[n]];
    dx = dloss/dx, shape (N, C). Finite for huge scores; x not modified.
    """
    raise NotImplementedError("softmax_loss")
