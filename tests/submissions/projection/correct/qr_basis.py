import numpy as np


def project_onto_columns(A, y):
    # an orthonormal basis Q of the same column space: then the projection is Q Q^T y
    Q, _ = np.linalg.qr(A)
    return Q @ (Q.T @ y)
