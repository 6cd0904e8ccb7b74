import numpy as np


def kmeans_step(X, centers):
    dists = np.linalg.norm(X[:, None] - centers[None], axis=2)
    labels = np.argmin(dists, axis=1)
    inertia = dists[np.arange(len(X)), labels].sum()
    new_centers = centers.copy()
    for k in range(len(centers)):
        if np.any(labels == k):
            new_centers[k] = X[labels == k].mean(axis=0)
    return labels, new_centers, float(inertia)
