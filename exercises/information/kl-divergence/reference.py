import numpy as np


def kl_divergence(p, q, axis=-1):
    counted = p > 0                                   # terms with p = 0 contribute 0
    impossible = counted & (q == 0)                   # p > 0 but q = 0: ln(p / 0) = +inf
    finite = counted & ~impossible
    # the logs are taken only where the term is finite and counts; elsewhere they stay 0,
    # so p * (0 - 0) = 0 and no log(0) or division by 0 is ever evaluated
    log_p = np.log(p, out=np.zeros(np.shape(p)), where=finite)
    log_q = np.log(q, out=np.zeros(np.shape(q)), where=finite)
    kl = np.sum(p * (log_p - log_q), axis=axis)
    return np.where(np.any(impossible, axis=axis), np.inf, kl)[()]
