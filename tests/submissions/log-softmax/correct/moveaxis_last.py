import numpy as np


def log_softmax(x, axis=-1):
    last = np.moveaxis(x, axis, -1)
    shifted = last - last.max(axis=-1)[..., None]
    log_norm = np.log(np.exp(shifted).sum(axis=-1))[..., None]
    return np.moveaxis(shifted - log_norm, -1, axis)
