import math
import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    N = len(policy_chosen)
    loss = 0.0
    g_chosen = np.empty(N)
    g_rejected = np.empty(N)
    for i in range(N):
        chosen_ratio = policy_chosen[i] - ref_chosen[i]
        rejected_ratio = policy_rejected[i] - ref_rejected[i]
        z = beta * (chosen_ratio - rejected_ratio)
        # -log sigmoid(z), split so that exp only sees non-positive numbers
        if z >= 0:
            loss += math.log1p(math.exp(-z))
            p_wrong = math.exp(-z) / (1 + math.exp(-z))
        else:
            loss += -z + math.log1p(math.exp(z))
            p_wrong = 1 / (1 + math.exp(z))
        g_chosen[i] = -beta * p_wrong / N
        g_rejected[i] = beta * p_wrong / N
    return loss / N, g_chosen, g_rejected
