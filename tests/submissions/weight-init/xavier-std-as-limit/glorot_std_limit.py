import numpy as np


def he_normal(fan_in, fan_out, rng):
    return rng.normal(0, np.sqrt(2 / fan_in), (fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, rng):
    std = np.sqrt(2 / (fan_in + fan_out))
    return std * (2 * rng.random((fan_in, fan_out)) - 1)
