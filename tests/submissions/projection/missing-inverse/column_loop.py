import numpy as np


def project_onto_columns(A, y):
    # "projection = sum over columns of (column . y) column"
    out = np.zeros(np.shape(y))
    for col in A.T:
        if y.ndim == 1:
            out += np.dot(col, y) * col
        else:
            out += np.outer(col, col @ y)
    return out
