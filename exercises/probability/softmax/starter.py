import numpy as np


def softmax(x, axis=-1):
    """Softmax of x along `axis`, numerically stable; same shape as x, x left unchanged."""
    raise NotImplementedError("softmax: exponentiate, normalize along axis, and stay finite")
