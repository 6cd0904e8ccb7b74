import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    out = np.empty(len(X_test), dtype=int)
    for i, x in enumerate(X_test):
        d = ((X_train - x) ** 2).sum(axis=1)
        order = np.argsort(d, kind="stable")
        nn = order[1:k + 1]          # skip the point itself
        out[i] = np.bincount(y_train[nn]).argmax()
    return out
