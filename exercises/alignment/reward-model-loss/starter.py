import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    """Bradley-Terry loss of a reward model on N preference pairs, and its gradients.

    r_chosen, r_rejected: float arrays (N,), the rewards of the preferred and of the other
    response of each pair. With m = r_chosen - r_rejected:
    loss = mean over the pairs of -log sigmoid(m) = mean softplus(-m), a float;
    d_chosen = dloss/dr_chosen and d_rejected = dloss/dr_rejected, each (N,).
    Finite and warning-free for |m| up to 1e4; the inputs are not modified.
    """
    raise NotImplementedError("reward_model_loss")
