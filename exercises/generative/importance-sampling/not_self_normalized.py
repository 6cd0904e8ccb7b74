import numpy as np


def importance_sampling(f_values, log_p, log_q):
    log_w = log_p - log_q
    w = np.exp(log_w - np.max(log_w))
    w_bar = w / np.sum(w)
    estimate = np.tensordot(np.exp(log_w), f_values, axes=(0, 0)) / len(log_w)   # mean of w f
    ess = 1.0 / np.sum(w_bar ** 2)
    if np.ndim(estimate) == 0:
        estimate = float(estimate)
    return estimate, float(ess)
