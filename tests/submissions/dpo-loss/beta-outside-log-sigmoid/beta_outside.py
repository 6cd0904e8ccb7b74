import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    n = len(policy_chosen)
    h = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    loss = beta * np.mean(np.logaddexp(0.0, -h))
    e = np.exp(-np.abs(h))
    sig_minus = np.where(h >= 0, e / (1 + e), 1 / (1 + e))
    grad = beta * sig_minus / n
    return loss, -grad, grad
