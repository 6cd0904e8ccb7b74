import numpy as np


def stable_sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def reward_model_loss(r_chosen, r_rejected):
    n = r_chosen.shape[0]
    m = r_chosen - r_rejected
    loss = np.mean(np.maximum(-m, 0) + np.log1p(np.exp(-np.abs(m))))
    s = stable_sigmoid(m)
    return loss, -s / n, s / n
