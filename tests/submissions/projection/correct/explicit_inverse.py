import numpy as np


def project_onto_columns(A, y):
    hat = A @ np.linalg.inv(A.T @ A) @ A.T      # the (n, n) hat matrix
    return hat @ y
