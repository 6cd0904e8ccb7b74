# Mistake: sum-not-mean (in the loss only). The gradients keep the 1/N, the loss is a sum.
import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    n = r_chosen.shape[0]
    margin = r_chosen - r_rejected                                  # m = r_chosen - r_rejected
    z = -margin                                                     # the loss is softplus(-m)
    softplus = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))    # log(1 + e^z), no overflow
    loss = np.sum(softplus)                                         # the mistake: a sum
    e = np.exp(-np.abs(margin))                                     # in (0, 1]: cannot overflow
    sig_neg = np.where(margin >= 0, e / (1.0 + e), 1.0 / (1.0 + e))  # sigma(-m)
    d_chosen = -sig_neg / n                                         # dloss/dr_chosen
    d_rejected = sig_neg / n                                        # dloss/dr_rejected
    return float(loss), d_chosen, d_rejected
