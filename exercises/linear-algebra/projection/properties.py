"""Property checks for project_onto_columns, run by the grader on the learner's outputs."""
import numpy as np


def residual_orthogonal(inputs, outputs, expected):
    """The defining property: y - p is orthogonal to every column of A, i.e. A^T (y - p) = 0."""
    A, y, p = inputs["A"], inputs["y"], outputs.get("projection")
    if not isinstance(p, np.ndarray) or p.dtype.kind not in "iuf" or p.shape != y.shape:
        shape = p.shape if isinstance(p, np.ndarray) else type(p).__name__
        return (f"the projection must be an array with the shape of y, {y.shape}, to be checked "
                f"(got {shape})")
    if not np.all(np.isfinite(p)):
        return "the projection contains inf or NaN"
    with np.errstate(all="ignore"):
        leftover = np.linalg.norm(A.T @ (y - p))
    scale = np.linalg.norm(A) * np.linalg.norm(y)
    if leftover > 1e-9 * scale:
        return (f"the residual y - p is not orthogonal to the columns of A: |A^T (y - p)| = "
                f"{leftover:.3g} (relative {leftover / scale:.2g}), where the closest point leaves a "
                "residual with no component along any column")
    return None
