import numpy as np


def kmeans_step(X, centers):
    dists = np.linalg.norm(X[:, None] - centers[None], axis=2) ** 2
    labels = np.argmin(dists, axis=1)
    inertia = dists.min(axis=1).sum()
    new_centers = np.array([X[labels == k].mean(axis=0) for k in range(len(centers))])
    return labels, new_centers, float(inertia)
