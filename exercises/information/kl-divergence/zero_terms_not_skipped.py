# Mistake: zero-terms-not-skipped. The reference with every term p ln(p / q) summed, zeros included:
# 0 * log(0) = 0 * -inf = NaN (the masks are computed, and not used).
import numpy as np


def kl_divergence(p, q, axis=-1):
    counted = p > 0
    impossible = counted & (q == 0)
    finite = counted & ~impossible
    log_p = np.log(p, out=np.zeros(np.shape(p)), where=finite)
    log_q = np.log(q, out=np.zeros(np.shape(q)), where=finite)
    kl = np.sum(p * np.log(p / q), axis=axis)         # the mistake: no term skipped
    return kl
