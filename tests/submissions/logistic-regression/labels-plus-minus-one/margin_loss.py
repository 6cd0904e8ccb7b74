import numpy as np


def train_logistic_regression(X, y):
    """Minimizes mean log(1 + exp(-y * (Xw + b))), the textbook margin form."""
    A = np.c_[X, np.ones(X.shape[0])]
    theta = np.zeros(A.shape[1])
    for _ in range(2000):
        margin = y * (A @ theta)
        coef = -y * np.exp(-np.logaddexp(0, margin))      # d/dmargin log(1+e^-m) = -sigmoid(-m)
        theta = theta - 0.5 * A.T @ coef / len(y)
    return theta[:-1], float(theta[-1])
