# Mistake: sum-not-mean. The reference summing over the pairs, in the loss and the gradients.
import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    n = 1                                                           # the mistake: no 1/N anywhere
    margin = r_chosen - r_rejected                                  # m = r_chosen - r_rejected
    z = -margin                                                     # the loss is softplus(-m)
    softplus = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))    # log(1 + e^z), no overflow
    loss = np.sum(softplus)                                         # the mistake: a sum
    e = np.exp(-np.abs(margin))                                     # in (0, 1]: cannot overflow
    sig_neg = np.where(margin >= 0, e / (1.0 + e), 1.0 / (1.0 + e))  # sigma(-m)
    d_chosen = -sig_neg / n                                         # dloss/dr_chosen
    d_rejected = sig_neg / n                                        # dloss/dr_rejected
    return float(loss), d_chosen, d_rejected
