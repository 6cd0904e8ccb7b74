import numpy as np


def kmeans_step(X, centers):
    n_points, n_centers = X.shape[0], centers.shape[0]
    labels = np.zeros(n_points, dtype=np.int64)
    total = 0.0
    for i in range(n_points):
        best, best_d = 0, None
        for k in range(n_centers):
            d = float(np.sum((X[i] - centers[k]) ** 2))
            if best_d is None or d < best_d:
                best, best_d = k, d
        labels[i] = best
        total += best_d
    new_centers = np.array(centers, dtype=float, copy=True)
    for k in range(n_centers):
        pts = X[labels == k]
        if len(pts) > 0:
            new_centers[k] = pts.sum(axis=0) / len(pts)
    return labels, new_centers, total
