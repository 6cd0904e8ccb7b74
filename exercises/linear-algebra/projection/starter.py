import numpy as np


def project_onto_columns(A, y):
    """Orthogonal projection of y onto the column space of A.

    A: (n, d) with linearly independent columns (full column rank, d <= n).
    y: (n,) one vector, or (n, k) k vectors projected column by column.
    Returns p with the shape of y: the point A c of the column space closest to y,
    where c solves the normal equations (A^T A) c = A^T y. A and y are left unchanged.
    """
    raise NotImplementedError("project_onto_columns: solve (A^T A) c = A^T y, then return A c")
