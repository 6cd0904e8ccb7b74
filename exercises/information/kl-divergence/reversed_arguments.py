# Mistake: reversed-arguments. The reference computing KL(q || p): the arguments swapped. (The buffers are
# np.zeros_like, as in the mistake's first version: they keep the inputs' memory order, hence the order of the sum.)
import numpy as np


def kl_divergence(p, q, axis=-1):
    p, q = q, p                                       # the mistake: KL(q || p)
    counted = p > 0
    impossible = counted & (q == 0)
    finite = counted & ~impossible
    log_p = np.log(p, out=np.zeros_like(p, dtype=np.float64), where=finite)
    log_q = np.log(q, out=np.zeros_like(q, dtype=np.float64), where=finite)
    kl = np.sum(p * (log_p - log_q), axis=axis)
    return np.where(np.any(impossible, axis=axis), np.inf, kl)[()]
