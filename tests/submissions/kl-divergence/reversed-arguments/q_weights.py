import numpy as np


def kl_divergence(p, q, axis=-1):
    use = (q > 0) & (p > 0)
    terms = np.zeros(np.shape(q))
    terms[use] = q[use] * (np.log(q[use]) - np.log(p[use]))
    result = terms.sum(axis=axis)
    return np.where(((q > 0) & (p == 0)).any(axis=axis), np.inf, result)
