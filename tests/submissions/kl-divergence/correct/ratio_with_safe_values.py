import numpy as np


def kl_divergence(p, q, axis=-1):
    use = (p > 0) & (q > 0)
    ratio = np.divide(p, q, out=np.ones(np.shape(p)), where=use)
    kl = (p * np.log(ratio)).sum(axis=axis)
    bad = ((p > 0) & (q == 0)).any(axis=axis)
    kl = np.asarray(kl, dtype=float)
    kl[bad] = np.inf
    return kl
