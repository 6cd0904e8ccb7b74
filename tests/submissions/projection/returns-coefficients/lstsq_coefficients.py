import numpy as np


def project_onto_columns(A, y):
    solution = np.linalg.lstsq(A, y, rcond=None)[0]
    return solution
