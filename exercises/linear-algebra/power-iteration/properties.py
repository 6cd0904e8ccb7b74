"""Property checks for power_iteration, judged on the learner's outputs in the grader.

The eigenvector is only defined up to its sign, and power iteration stopped by a
tolerance gives it only approximately, so these checks look at its length and at its
direction separately (the `close` checks compare the values up to sign).
"""
import numpy as np

DIRECTION_TOL = 2e-4     # sin of the angle to the true eigenvector: what a 1e-10 stopping rule reaches
LENGTH_TOL = 1e-9


def _vector(outputs, n):
    v = outputs.get("eigenvector") if isinstance(outputs, dict) else None
    if not isinstance(v, np.ndarray) or v.dtype.kind not in "iuf":
        return None, f"the eigenvector must be a numpy array of shape ({n},), got {type(v).__name__}"
    if v.shape != (n,):
        return None, f"the eigenvector has shape {v.shape}, expected ({n},)"
    v = v.astype(np.float64)
    if not np.all(np.isfinite(v)):
        return None, ("the eigenvector contains inf or NaN: if v is never rescaled, A^k v grows (or "
                      "shrinks) like |lambda|^k and leaves the float64 range; divide by its norm every step")
    return v, None


def _length(v):
    """The Euclidean length, without overflow for huge vectors or underflow for tiny ones."""
    biggest = float(np.max(np.abs(v)))
    return 0.0 if biggest == 0.0 else biggest * float(np.sqrt(np.sum((v / biggest) ** 2)))


def unit_length(inputs, outputs, expected):
    v, problem = _vector(outputs, inputs["A"].shape[0])
    if problem:
        return problem
    length = _length(v)
    if abs(length - 1.0) > LENGTH_TOL:
        return (f"the eigenvector has length {length:.6g}, not 1: divide it by its norm "
                "(np.linalg.norm) before returning it")
    return None


def eigenvector_direction(inputs, outputs, expected):
    v, problem = _vector(outputs, inputs["A"].shape[0])
    if problem:
        return problem
    length = _length(v)
    if length == 0.0:
        return "the eigenvector is all zeros"
    u = expected["eigenvector"] / np.linalg.norm(expected["eigenvector"])
    d = (v / np.max(np.abs(v))) / (length / np.max(np.abs(v)))
    sine = float(np.linalg.norm(d - (d @ u) * u))
    if sine > DIRECTION_TOL:
        angle = float(np.degrees(np.arcsin(min(1.0, sine))))
        return (f"the eigenvector points {angle:.3g} degrees away from the dominant eigenvector "
                f"(sign ignored): the iteration has not converged to the eigenvalue of largest magnitude")
    return None
