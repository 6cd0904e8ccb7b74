import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Perturb x in place, one entry at a time, and put the saved value back."""
    grad = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        saved = x[ix]
        x[ix] = saved + h
        fxph = f(x)
        x[ix] = saved - h
        fxmh = f(x)
        x[ix] = saved
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad
