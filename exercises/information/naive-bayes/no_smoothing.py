# Mistake: no-smoothing. The reference without Laplace smoothing: alpha is never used.
import numpy as np


def fit_naive_bayes(X, y, num_classes, alpha=1.0):
    X = np.asarray(X, dtype=np.float64)    # mutant-ok(statement_removed, keyword_dropped, copy_removed): 0/1 ints are exact
    class_sizes = np.bincount(y, minlength=num_classes)    # N_c, (C,)  # mutant-ok(keyword_dropped): every class is present
    log_prior = np.log(class_sizes / len(y))                             # ln(N_c / N)
    ones = np.stack([X[y == c].sum(axis=0) for c in range(num_classes)])   # (C, D): x_d = 1 counts
    theta = ones / class_sizes[:, None]                                  # the mistake: alpha never used
    return log_prior, theta


def predict_naive_bayes(params, X):
    log_prior, theta = params
    X = np.asarray(X, dtype=np.float64)    # mutant-ok(statement_removed, keyword_dropped, copy_removed): 0/1 ints are exact
    # ln P(c) + Σ_d [x_d ln θ_cd + (1 − x_d) ln(1 − θ_cd)], for every point and class: (N, C)
    scores = log_prior + X @ np.log(theta).T + (1.0 - X) @ np.log1p(-theta).T
    return np.argmax(scores, axis=1)                                     # first maximum: smaller label
