import numpy as np


def entropy(p, axis=-1):
    nats = -np.sum(p * np.log(np.where(p > 0, p, 1.0)), axis=axis)
    return nats / np.log(2.0)
