import numpy as np


def importance_sampling(f_values, log_p, log_q):
    lw = log_p - log_q
    w = np.exp(lw - np.max(lw))
    wn = w / np.sum(w)
    est = np.einsum("i,i...->...", wn, f_values)
    return (float(est) if est.ndim == 0 else est), float(1.0 / np.dot(w, w))
