# Mistake: frobenius-norm. The reference dividing by the Frobenius norm (np.linalg.norm of a matrix)
# instead of the largest eigenvalue.
import numpy as np


def max_stable_learning_rate(H):
    eigenvalues = np.linalg.eigvalsh(H)
    return float(2.0 / np.linalg.norm(H))       # the mistake: the Frobenius norm, not eigenvalues[-1]
