import numpy as np


def kmeans_step(X, centers):
    d2 = ((X[:, None] - centers[None]) ** 2).sum(-1)
    labels = d2.argmin(1)
    new_centers = centers.copy()
    for k in np.unique(labels):
        new_centers[k] = X[labels == k].mean(0)
    inertia = 0.0
    for i, k in enumerate(labels):
        inertia += np.sum((X[i] - new_centers[k]) ** 2)
    return labels, new_centers, float(inertia)
