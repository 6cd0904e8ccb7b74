"""A training script for linear regression that does not work. Find out why, and fix it.

    python -c "import diagnose_divergence as d; d.demo()"

prints the training loss as it trains, on data like the grader's.
"""
import numpy as np


def train(X, y, seed, steps=200, learning_rate=0.01, verbose=False):
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


def demo(seed=0):
    rng = np.random.default_rng(seed)
    scale = np.array([2000.0, 0.5, 30.0, 1.0])
    X = np.array([1000.0, -1.0, 50.0, 2.0]) + scale * rng.normal(size=(300, 4))
    y = ((X - X.mean(0)) / scale) @ np.array([2.0, -1.5, 1.0, 2.5]) + 3.0 + 0.5 * rng.normal(size=300)
    params = train(X, y, seed, verbose=True)
    print("final w", params["w"], "b", params["b"])
