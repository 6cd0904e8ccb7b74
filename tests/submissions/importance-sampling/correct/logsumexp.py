import numpy as np


def importance_sampling(f_values, log_p, log_q):
    lw = log_p - log_q
    top = lw.max()
    log_total = top + np.log(np.sum(np.exp(lw - top)))
    wbar = np.exp(lw - log_total)
    if f_values.ndim == 1:
        est = float(np.sum(wbar * f_values))
    else:
        est = (wbar[:, None] * f_values).sum(axis=0)
    ess = (np.sum(wbar)) ** 2 / np.sum(wbar * wbar)
    return est, float(ess)
