# Mistake: log-of-zero. The reference, with ln p taken everywhere: log(0) = -inf, and 0 * -inf = NaN.
import numpy as np


def entropy(p, axis=-1):
    log_p = np.log(p)                               # the mistake: no where=p > 0
    return -np.sum(p * log_p, axis=axis)
