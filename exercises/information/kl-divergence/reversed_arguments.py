import numpy as np


def _kl(p, q, axis):
    counted = p > 0
    impossible = counted & (q == 0)
    finite = counted & ~impossible
    log_p = np.log(p, out=np.zeros_like(p, dtype=np.float64), where=finite)
    log_q = np.log(q, out=np.zeros_like(q, dtype=np.float64), where=finite)
    kl = np.sum(p * (log_p - log_q), axis=axis)
    return np.where(np.any(impossible, axis=axis), np.inf, kl)[()]


def kl_divergence(p, q, axis=-1):
    return _kl(q, p, axis)                            # KL(q || p): the arguments swapped
