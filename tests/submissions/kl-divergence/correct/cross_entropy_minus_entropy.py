import numpy as np


def kl_divergence(p, q, axis=-1):
    # KL = H(p, q) - H(p), each sum over the terms with p > 0
    mask = p > 0
    infinite = np.any(mask & (q <= 0), axis=axis)
    ok = mask & (q > 0)
    log_q = np.log(np.where(ok, q, 1.0))
    log_p = np.log(np.where(mask, p, 1.0))
    cross = -np.sum(p * log_q, axis=axis)
    ent = -np.sum(p * log_p, axis=axis)
    return np.where(infinite, np.inf, cross - ent)
