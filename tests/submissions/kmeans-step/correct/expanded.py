import numpy as np


def kmeans_step(X, centers):
    # |x - c|^2 = |x|^2 - 2 x.c + |c|^2
    sq = (X ** 2).sum(1)[:, None] - 2 * X @ centers.T + (centers ** 2).sum(1)[None, :]
    labels = sq.argmin(axis=1)
    inertia = float(np.sum((X - centers[labels]) ** 2))
    K = centers.shape[0]
    counts = np.bincount(labels, minlength=K)
    sums = np.zeros_like(centers, dtype=float)
    np.add.at(sums, labels, X)
    new_centers = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], centers)
    return labels, new_centers, inertia
