import numpy as np


def entropy(p, axis=-1):
    log_p = np.log2(p, out=np.zeros_like(p, dtype=np.float64), where=p > 0)    # bits, not nats
    return -np.sum(p * log_p, axis=axis)
