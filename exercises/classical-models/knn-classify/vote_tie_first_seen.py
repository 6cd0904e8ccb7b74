from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)   # (M, N) squared distances
    labels = np.zeros(X_test.shape[0], dtype=np.int64)
    for i in range(X_test.shape[0]):
        nearest = np.argsort(d2[i], kind="stable")[:k]                 # distance ties: lower index first
        labels[i] = Counter(y_train[nearest].tolist()).most_common(1)[0][0]   # ties: first seen
    return labels
