# np.dot fetched from NumPy's namespace by a string key that is never written as a name.
# expect: line 9: vars() reads attributes by name
import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"cannot multiply {a.shape} by {b.shape}")
    return vars(np)["".join(["d", "o", "t"])](a, b)
