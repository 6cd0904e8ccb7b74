# Mistake: reference-ignored. The margin of the policy log-probs alone, without the reference.
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    n = policy_chosen.shape[0]
    margin = policy_chosen - policy_rejected                        # the mistake: the reference is left out
    z = beta * margin                                               # the implicit reward margin
    softplus = np.maximum(-z, 0.0) + np.log1p(np.exp(-np.abs(z)))   # softplus(-z), no overflow
    loss = np.mean(softplus)                                        # mean over the N pairs
    e = np.exp(-np.abs(z))                                          # in (0, 1]: cannot overflow
    sig_neg = np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))      # sigma(-z)
    d_policy_chosen = -beta * sig_neg / n                           # dz/dpolicy_chosen = +beta
    d_policy_rejected = beta * sig_neg / n                          # dz/dpolicy_rejected = -beta
    return float(loss), d_policy_chosen, d_policy_rejected
