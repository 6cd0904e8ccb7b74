import math
import numpy as np


def _softplus(z):
    # log(1 + e^z) without ever exponentiating a positive number
    if z > 0:
        return z + math.log1p(math.exp(-z))
    return math.log1p(math.exp(z))


def _sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    ex = math.exp(x)
    return ex / (1.0 + ex)


def reward_model_loss(r_chosen, r_rejected):
    N = len(r_chosen)
    total = 0.0
    d_chosen = np.zeros(N)
    d_rejected = np.zeros(N)
    for i in range(N):
        m = float(r_chosen[i]) - float(r_rejected[i])
        total += _softplus(-m)
        p_wrong = _sigmoid(-m)
        d_chosen[i] = -p_wrong / N
        d_rejected[i] = p_wrong / N
    return total / N, d_chosen, d_rejected
