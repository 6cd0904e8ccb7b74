"""How the grader calls pairwise_sq_distances: once, reporting the result and whether any
entry is negative (so that a solution that only fails on tiny negatives is told apart
from one that is merely slow, when the grader names a mistake)."""
import numpy as np


def run(impl, X, Y):
    D = impl.pairwise_sq_distances(X, Y)
    try:
        negative = bool(np.any(np.asarray(D, dtype=np.float64) < 0))
    except (TypeError, ValueError):
        negative = None
    return {"D": D, "has_negative_entries": negative}
