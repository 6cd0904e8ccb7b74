import numpy as np


def kl_divergence(p, q, axis=-1):
    terms = np.zeros(p.shape)
    keep = p > 0
    terms[keep] = p[keep] * np.log(p[keep] / q[keep])
    return terms.sum(axis=axis)
