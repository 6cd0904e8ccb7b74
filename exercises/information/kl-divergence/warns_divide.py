import numpy as np


def kl_divergence(p, q, axis=-1):
    # zero p skipped properly, but p / 0 is still computed where q = 0 (it gives the right inf)
    safe_p = np.where(p > 0, p, 1.0)
    safe_q = np.where(p > 0, q, 1.0)
    return np.sum(p * np.log(safe_p / safe_q), axis=axis)
