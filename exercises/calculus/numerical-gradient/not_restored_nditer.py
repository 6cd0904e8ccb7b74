import numpy as np


def numerical_gradient(f, x, h=1e-5):
    # np.nditer visits x in memory order: for a transposed x that is column by column
    grad = np.zeros(x.shape)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        grad[i] = (f_plus - f_minus) / (2 * h)
        it.iternext()
    return grad
