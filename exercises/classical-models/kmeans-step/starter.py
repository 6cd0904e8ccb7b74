import numpy as np


def kmeans_step(X, centers):
    """One Lloyd iteration of k-means: assign every point to its nearest center, then move
    every center to the mean of its points.

    X: float array (N, d), the points. centers: float array (K, d), the current centers.
    Returns (labels, new_centers, inertia):
      labels: int array (N,), labels[n] = the index of the center nearest to X[n] in squared
              Euclidean distance (ties go to the lower index, as np.argmin does);
      new_centers: a new float array (K, d); row k is the mean of the points labelled k, and a
              center with no points keeps its old position (no NaN, no warning);
      inertia: a float, the sum of squared distances from each point to the center it was
              assigned to, measured under the centers passed in (before the update).
    Must not modify X or centers.
    """
    raise NotImplementedError("kmeans_step: distances, argmin, then the mean of each cluster")
