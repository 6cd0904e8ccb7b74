# Mistake: naive-log-sigmoid (the log of a stable sigmoid). sigma(m) is computed without
# overflow, but it underflows to 0 for margins below about -745, and log 0 is -inf.
import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    n = r_chosen.shape[0]
    margin = r_chosen - r_rejected                                  # m = r_chosen - r_rejected
    e = np.exp(-np.abs(margin))                                     # in (0, 1]: cannot overflow
    sig_pos = np.where(margin >= 0, 1.0 / (1.0 + e), e / (1.0 + e))  # sigma(m)
    softplus = -np.log(sig_pos)                                     # the mistake: -log sigma(m)
    loss = np.mean(softplus)                                        # mean over the N pairs
    sig_neg = np.where(margin >= 0, e / (1.0 + e), 1.0 / (1.0 + e))  # sigma(-m)
    d_chosen = -sig_neg / n                                         # dloss/dr_chosen
    d_rejected = sig_neg / n                                        # dloss/dr_rejected
    return float(loss), d_chosen, d_rejected
