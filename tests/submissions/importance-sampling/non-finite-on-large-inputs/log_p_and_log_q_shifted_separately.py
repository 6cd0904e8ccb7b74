# WRONG: shifts log_p and log_q by their own maxima, then divides exp's: underflow to 0/0 when the two differ by 1e4 in places.
import numpy as np
def importance_sampling(f_values, log_p, log_q):
    with np.errstate(all='ignore'):
        w = np.exp(log_p - np.max(log_p)) / np.exp(log_q - np.max(log_q))
        wb = w / w.sum()
    est = np.tensordot(wb, f_values, axes=(0, 0))
    return (float(est) if np.ndim(est) == 0 else est), float(1 / np.sum(wb**2))
