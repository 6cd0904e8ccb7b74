import numpy as np


def svm_loss(x, y):
    """Multiclass SVM (hinge) loss with margin 1, averaged over the batch, and its gradient.

    x: scores, shape (N, C). y: correct classes, int array (N,), values in [0, C).
    Return (loss, dx): loss = mean over n of sum over j != y[n] of max(0, x[n, j] - x[n, y[n]] + 1),
    a float; dx = dloss/dx, shape (N, C). x not modified.
    """
    raise NotImplementedError("svm_loss")
