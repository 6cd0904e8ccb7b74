import numpy as np


def softmax(x, axis=-1):
    out = x.copy()
    np.exp(out, out=out)
    out /= out.sum(axis=axis, keepdims=True)
    return out
