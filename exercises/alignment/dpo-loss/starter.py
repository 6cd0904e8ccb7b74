import numpy as np


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta=0.1):
    """Direct Preference Optimization loss on N preference pairs, and its gradients.

    Each argument is a float array (N,): the log-probability of the whole chosen / rejected
    response (summed over its tokens) under the policy being trained and under the frozen
    reference model. With z = beta * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)):
    loss = mean over the pairs of -log sigmoid(z) = mean softplus(-z), a float;
    returns (loss, d_policy_chosen, d_policy_rejected), the gradients (N,) with respect to
    the policy log-probs (the reference gets none). Finite and warning-free for |z| up to
    1e4; the inputs are not modified.
    """
    raise NotImplementedError("dpo_loss")
