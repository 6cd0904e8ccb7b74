import numpy as np


def pairwise_sq_distances(X, Y):
    cross = np.einsum("id,jd->ij", X, Y)
    sq_x = np.einsum("id,id->i", X, X)
    sq_y = np.einsum("jd,jd->j", Y, Y)
    return -2.0 * cross + sq_y[np.newaxis, :] + sq_x[:, np.newaxis]
