# Mistake: warns-on-zeros. The reference with the zero terms skipped by np.where after the fact: the right
# values, but np.where evaluates log(p / q) everywhere, zeros included.
import numpy as np


def kl_divergence(p, q, axis=-1):
    counted = p > 0
    impossible = counted & (q == 0)
    finite = counted & ~impossible
    log_p = np.log(p, out=np.zeros(np.shape(p)), where=finite)
    log_q = np.log(q, out=np.zeros(np.shape(q)), where=finite)
    kl = np.sum(np.where(p > 0, p * np.log(p / q), 0.0), axis=axis)   # the mistake: log(0) computed
    return np.where(np.any(impossible, axis=axis), np.inf, kl)[()]
