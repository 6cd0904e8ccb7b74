import numpy as np


def kl_divergence(p, q, axis=-1):
    return (p * (np.log(p) - np.log(q))).sum(axis=axis)
