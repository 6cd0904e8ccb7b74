import numpy as np


def best_split(X, y):
    """The root split of a classification tree, chosen by weighted Gini impurity.

    X: float array (N, d), N >= 2, at least one feature with two distinct values.
    y: int array (N,), labels 0..C-1.
    Candidates: for each feature j and each pair a < b of consecutive values of
    np.unique(X[:, j]), the threshold (a + b) / 2; left is x_j <= threshold.
    Minimize I = (n_L/N) Gini(L) + (n_R/N) Gini(R). Candidates within 1e-12 of the minimum
    are tied: take the smallest feature, then the smallest threshold.
    Returns (feature, threshold, gain): an int, a float, and Gini(parent) - I of that split.
    Must not modify X or y.
    """
    raise NotImplementedError("best_split: every midpoint of every feature, weighted Gini, first of the ties")
