import numpy as np


def importance_sampling(f_values, log_p, log_q):
    lw = log_p - log_q
    w = np.exp(lw - lw.max())
    wn = w / w.sum()
    # unbiased IS estimate: average of w * f
    est = np.mean(w.reshape(-1, *([1] * (f_values.ndim - 1))) * f_values, axis=0)
    return (float(est) if np.ndim(est) == 0 else est), float(1 / np.sum(wn ** 2))
