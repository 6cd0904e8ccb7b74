import numpy as np


def he_normal(fan_in, fan_out, rng):
    std = np.sqrt(2.0 / fan_in)
    W = np.empty((fan_in, fan_out))
    for j in range(fan_out):
        W[:, j] = rng.normal(0.0, std, size=fan_in)
    return W


def xavier_uniform(fan_in, fan_out, rng):
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    W = np.empty((fan_in, fan_out))
    for i in range(fan_in):
        W[i] = rng.uniform(-limit, limit, size=fan_out)
    return W
