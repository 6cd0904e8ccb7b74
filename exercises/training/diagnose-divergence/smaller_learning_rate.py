"""The unmodified script with a learning rate 1000 times smaller: still above 2 / lambda_max."""
import numpy as np


def train(X, y, seed, steps=200, learning_rate=1e-5, verbose=False):
    """Fit y ~ X @ w + b by full-batch gradient descent on the mean squared error.

    X: float array (N, D), y: float array (N,), seed: an int for any randomness you need
    (this script uses none: it starts from zero). Returns {"w": (D,) array, "b": float},
    in the units of X: the grader predicts X_new @ w + b.
    """
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    for step in range(steps):
        err = X @ w + b - y                       # (N,) residuals
        if verbose and (step < 5 or step % 10 == 0):
            print(f"step {step:4d}   loss {np.mean(err ** 2):.4g}")
        dw = 2 * X.T @ err / N                    # gradient of mean(err^2) with respect to w
        db = 2 * np.mean(err)
        w = w - learning_rate * dw
        b = b - learning_rate * db
    return {"w": w, "b": b}


