import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    m = r_chosen - r_rejected
    prob = 1 / (1 + np.exp(-m))
    loss = -np.mean(np.log(prob))
    N = len(m)
    g = (1 - prob) / N
    return loss, -g, g
