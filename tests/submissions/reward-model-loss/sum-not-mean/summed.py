import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    m = r_chosen - r_rejected
    loss = np.sum(np.logaddexp(0.0, -m))
    e = np.exp(-np.abs(m))
    s_neg = np.where(m > 0, e / (1 + e), 1 / (1 + e))
    return float(loss), -s_neg, s_neg.copy()
