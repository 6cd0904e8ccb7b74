# Mistake: beta-outside-log-sigmoid. The loss is -beta * mean log sigma(margin): beta scales
# the loss instead of the margin inside the sigmoid (gradients consistent with that loss).
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    n = policy_chosen.shape[0]
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)  # log-ratio margin
    z = margin                                                      # the mistake: no beta inside
    softplus = np.maximum(-z, 0.0) + np.log1p(np.exp(-np.abs(z)))   # softplus(-z), no overflow
    loss = beta * np.mean(softplus)                                 # the mistake: beta outside
    e = np.exp(-np.abs(z))                                          # in (0, 1]: cannot overflow
    sig_neg = np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))      # sigma(-z)
    d_policy_chosen = -beta * sig_neg / n                           # dz/dpolicy_chosen = +beta
    d_policy_rejected = beta * sig_neg / n                          # dz/dpolicy_rejected = -beta
    return float(loss), d_policy_chosen, d_policy_rejected
