import numpy as np


def project_onto_columns(A, y):
    Y = y if y.ndim == 2 else y[:, None]
    total = np.zeros(Y.shape)
    for j in range(A.shape[1]):
        col = A[:, j:j + 1]                                  # (n, 1)
        total = total + col * (col.T @ Y) / np.sum(col * col)   # projection onto this column alone
    return total.reshape(y.shape)
