import numpy as np


def kmeans_step(X, centers):
    diffs = X[:, None, :] - centers[None, :, :]       # (N, K, d): every point against every center
    dist2 = (diffs ** 2).sum(axis=2)                  # (N, K) squared Euclidean distances
    labels = np.argmin(dist2, axis=1)                 # ties go to the lower center index
    inertia = float(dist2[np.arange(X.shape[0]), labels].sum())   # under the centers passed in
    new_centers = centers.copy()                      # an empty cluster keeps its old center
    for k in range(centers.shape[0]):
        members = labels == k
        if members.any():
            new_centers[k] = X[members].mean(axis=0)
    return labels, new_centers, inertia
