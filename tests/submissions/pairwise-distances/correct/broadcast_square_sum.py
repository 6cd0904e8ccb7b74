import numpy as np


def pairwise_sq_distances(X, Y):
    return ((X[:, None, :] - Y[None, :, :]) ** 2).sum(axis=-1)
