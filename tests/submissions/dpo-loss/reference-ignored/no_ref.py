import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    z = beta * (policy_chosen - policy_rejected)
    loss = np.mean(np.logaddexp(0, -z))
    s = 0.5 * (1 - np.tanh(z / 2))
    n = z.shape[0]
    return loss, -beta * s / n, beta * s / n
