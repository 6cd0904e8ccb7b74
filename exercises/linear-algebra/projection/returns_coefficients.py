# Mistake: returns-coefficients. The reference returning the coefficients c, not the projection A c.
import numpy as np


def project_onto_columns(A, y):
    c = np.linalg.solve(A.T @ A, A.T @ y)
    return c                      # the mistake: not A @ c
