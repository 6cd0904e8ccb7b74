import numpy as np


def train_logistic_regression(X, y):
    """Fit p(y = 1 | x) = sigmoid(x @ w + b) to the data by gradient descent.

    X: float array (N, D), the features.  y: int array (N,), labels 0 or 1.
    Returns (w, b): w a float array (D,), b a float, so that x @ w + b > 0 predicts 1.
    Leave X and y unchanged.
    """
    raise NotImplementedError("train_logistic_regression: minimize the mean cross-entropy over w and b")
