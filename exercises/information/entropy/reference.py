import numpy as np


def entropy(p, axis=-1):
    # ln p where p > 0; where p == 0 the log is never evaluated and stays 0, so 0·ln 0
    # counts as 0 (its limit) without a divide-by-zero warning
    log_p = np.log(p, out=np.zeros_like(p, dtype=np.float64), where=p > 0)
    return -np.sum(p * log_p, axis=axis)
