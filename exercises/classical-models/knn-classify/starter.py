import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    """Classify each test point by a majority vote of its k nearest training points.

    X_train: float array (N, d); y_train: int array (N,), labels >= 0; X_test: float array (M, d);
    k: int, 1 <= k <= N.
    Distance: squared Euclidean. Neighbours: the first k training indices after sorting by
    (distance, training index), i.e. np.argsort(d, kind="stable")[:k]. Unweighted vote; a vote
    tie goes to the smallest label (np.argmax(np.bincount(...))).
    Returns an int array (M,). Must not modify the inputs.
    """
    raise NotImplementedError("knn_predict: distances, a stable sort, then a vote")
