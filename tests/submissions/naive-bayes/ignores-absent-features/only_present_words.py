import numpy as np


def fit_naive_bayes(X, y, num_classes, alpha=1.0):
    sizes = np.bincount(y, minlength=num_classes)
    counts = np.array([X[y == k].sum(axis=0) for k in range(num_classes)])
    return np.log(sizes / y.size), (counts + alpha) / (sizes[:, None] + 2 * alpha)


def predict_naive_bayes(params, X):
    log_prior, theta = params
    out = []
    for x in X:
        present = np.flatnonzero(x)
        out.append(np.argmax(log_prior + np.log(theta[:, present]).sum(axis=1)))
    return np.array(out)
