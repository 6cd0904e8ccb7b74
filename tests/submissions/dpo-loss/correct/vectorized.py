import numpy as np


def _log_sigmoid(x):
    return -np.logaddexp(0.0, -x)


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    logits = beta * ((policy_chosen - policy_rejected) - (ref_chosen - ref_rejected))
    loss = -_log_sigmoid(logits).mean()
    # sigma(-z) = exp(log_sigmoid(-z)) is always safe
    weight = np.exp(_log_sigmoid(-logits)) * beta / len(logits)
    return float(loss), -weight, weight
