import numpy as np


def fit_naive_bayes(X, y, num_classes, alpha=1.0):
    """Fit Bernoulli naive Bayes to binary features X (N, D) with labels y (N,) in 0..C-1.

    Returns (log_prior, theta): log_prior (C,) = ln(N_c / N), unsmoothed (every class
    appears in y); theta (C, D) = P(x_d = 1 | class c) = (count of x_d = 1 in class c + alpha)
    / (N_c + 2 alpha), with alpha > 0. X and y are left unchanged.
    """
    raise NotImplementedError("fit_naive_bayes: count per class, then smooth with alpha")


def predict_naive_bayes(params, X):
    """Labels (N,) of int for binary X (N, D), with params = (log_prior, theta) from fit.

    Each point gets the class with the largest log prior + sum over d of
    x_d ln theta[c, d] + (1 - x_d) ln(1 - theta[c, d]); ties go to the smaller label.
    """
    raise NotImplementedError("predict_naive_bayes: score every class in log space, take the argmax")
