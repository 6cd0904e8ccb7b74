import numpy as np


def importance_sampling(f_values, log_p, log_q):
    w = np.exp(log_p - log_q)
    wn = w / w.sum()
    est = wn @ f_values
    return (float(est) if np.ndim(est) == 0 else est), float(1 / (wn ** 2).sum())
