# np.dot under the private module that defines it: the name "dot" is never written, and
# the function is picked by its position among the module's public names.
# expect: numpy._core is a private numpy module
import numpy as np
from numpy._core import _multiarray_umath as core


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"cannot multiply {a.shape} by {b.shape}")
    names = sorted(n for n in dir(core) if n.startswith("do") and len(n) == 3)
    return np.asarray(core.__getattribute__(names[0])(a, b))
