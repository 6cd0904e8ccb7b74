# Mistake: naive-log-sigmoid. The reference with the loss written as -log(1 / (1 + e^-z)):
# e^-z overflows for z below about -709.
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    n = policy_chosen.shape[0]
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)  # log-ratio margin
    z = beta * margin                                               # the implicit reward margin
    softplus = -np.log(1.0 / (1.0 + np.exp(-z)))                    # the mistake: -log sigma(z) literally
    loss = np.mean(softplus)                                        # mean over the N pairs
    e = np.exp(-np.abs(z))                                          # in (0, 1]: cannot overflow
    sig_neg = np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))      # sigma(-z)
    d_policy_chosen = -beta * sig_neg / n                           # dz/dpolicy_chosen = +beta
    d_policy_rejected = beta * sig_neg / n                          # dz/dpolicy_rejected = -beta
    return float(loss), d_policy_chosen, d_policy_rejected
