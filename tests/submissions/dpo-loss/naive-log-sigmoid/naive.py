import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    n = len(policy_chosen)
    z = beta * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
    sig = 1.0 / (1.0 + np.exp(-z))
    loss = -np.log(sig).mean()
    grad = beta * (1.0 - sig) / n
    return loss, -grad, grad
