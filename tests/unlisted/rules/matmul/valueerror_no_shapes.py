# expect: its message names both inner sizes
# raises ValueError with no message (the statement asks for a message saying which shapes did 
# not fit)
import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError()
    return (a[:, :, None] * b[None, :, :]).sum(axis=1).astype(np.float64)
