import numpy as np


def importance_sampling(f_values, log_p, log_q):
    log_w = log_p - log_q                          # constants of p and q only shift log_w
    w = np.exp(log_w - np.max(log_w))              # the largest weight becomes 1: no overflow
    w_bar = w / np.sum(w)                          # self-normalized: the shift cancels here
    estimate = np.tensordot(w_bar, f_values, axes=(0, 0))
    ess = 1.0 / np.sum(w_bar ** 2)
    if np.ndim(estimate) == 0:
        estimate = float(estimate)
    return estimate, float(ess)
