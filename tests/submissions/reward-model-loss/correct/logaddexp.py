import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    m = np.asarray(r_chosen, dtype=np.float64) - np.asarray(r_rejected, dtype=np.float64)
    n = m.shape[0]
    loss = np.sum(np.logaddexp(0.0, -m)) / n
    sig_neg = np.exp(-np.logaddexp(0.0, m))
    return float(loss), -sig_neg / n, sig_neg / n
