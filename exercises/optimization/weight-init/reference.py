import numpy as np


def he_normal(fan_in, fan_out, rng):
    std = np.sqrt(2.0 / fan_in)                       # variance 2 / fan_in
    return rng.normal(0.0, std, size=(fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, rng):
    limit = np.sqrt(6.0 / (fan_in + fan_out))         # U(-a, a) has variance a^2 / 3
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))
