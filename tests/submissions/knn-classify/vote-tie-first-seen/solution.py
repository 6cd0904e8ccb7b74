from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    out = np.empty(len(X_test), dtype=int)
    for i, x in enumerate(X_test):
        d = ((X_train - x) ** 2).sum(axis=1)
        nn = np.argsort(d, kind="stable")[:k]
        out[i] = Counter(y_train[nn]).most_common(1)[0][0]
    return out
