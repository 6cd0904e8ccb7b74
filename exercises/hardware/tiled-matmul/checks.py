"""The tolerance of the contract for C."""
import numpy as np


def c_close(inputs, outputs, expected):
    """C = A @ B within 1e-12 * (|A| @ |B|), entry by entry: any order of summation passes."""
    A, B = inputs["A"], inputs["B"]
    if A.shape[1] != B.shape[0]:
        return None
    got, want = np.asarray(outputs["C"]), expected["C"]
    if got.shape != want.shape:
        return f"C has shape {got.shape}; A @ B has shape {want.shape}"
    bound = 1e-12 * (np.abs(A) @ np.abs(B)) + 1e-300
    excess = np.abs(got - want) - bound
    if not np.all(excess <= 0):
        i, j = np.unravel_index(np.argmax(np.nan_to_num(excess, nan=np.inf)), excess.shape)
        return (f"C[{i}, {j}] = {got[i, j]!r}, but (A @ B)[{i}, {j}] = {want[i, j]!r} "
                f"(allowed error {bound[i, j]:.3g})")
    return None
