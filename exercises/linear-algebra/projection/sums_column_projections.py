import numpy as np


def project_onto_columns(A, y):
    # adds the projections onto each column separately: right only for orthogonal columns
    p = np.zeros(y.shape)
    for j in range(A.shape[1]):
        a = A[:, j]
        p = p + np.multiply.outer(a, a @ y) / (a @ a)
    return p
