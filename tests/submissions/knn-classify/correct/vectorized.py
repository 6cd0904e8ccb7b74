import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    dists = np.sum(X_test ** 2, axis=1)[:, None] + np.sum(X_train ** 2, axis=1)[None, :] \
        - 2.0 * X_test.dot(X_train.T)
    idx = np.argsort(dists, axis=1, kind="mergesort")[:, :k]
    closest_y = y_train[idx]                                  # (M, k)
    n_labels = int(y_train.max()) + 1
    counts = np.zeros((X_test.shape[0], n_labels), dtype=int)
    for j in range(k):
        counts[np.arange(X_test.shape[0]), closest_y[:, j]] += 1
    return counts.argmax(axis=1)
