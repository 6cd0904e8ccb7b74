import numpy as np


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    """Pick the L2 strength with the lowest validation error.

    For each l2 in candidates (float array (K,)), fit ridge regression on the training
    set, minimizing mean((X_train @ w + b - y_train)**2) + l2 * sum(w**2) (b is not
    penalized), by solving a linear system; measure its mean squared error on the
    validation set. Return the candidate with the lowest validation error, as a float
    (the first one in case of a tie). X_train (N, D), y_train (N,), X_val (M, D), y_val (M,).
    """
    raise NotImplementedError("choose_l2: fit each candidate on the training set, judge it on the validation set")
