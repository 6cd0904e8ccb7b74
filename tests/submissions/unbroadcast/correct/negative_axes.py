import numpy as np


def unbroadcast(grad, shape):
    out = np.asarray(grad)
    # walk the target shape from the right, as broadcasting does
    for k in range(1, len(shape) + 1):
        if shape[-k] == 1 and out.shape[-k] != 1:
            out = out.sum(axis=-k, keepdims=True)
    lead = out.ndim - len(shape)
    return out.sum(axis=tuple(range(lead))) if lead else out
