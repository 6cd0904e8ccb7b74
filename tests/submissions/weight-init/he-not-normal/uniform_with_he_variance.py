import numpy as np


def he_normal(fan_in, fan_out, rng):
    std = np.sqrt(2.0 / fan_in)
    return np.sqrt(3.0) * std * rng.uniform(-1.0, 1.0, size=(fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, rng):
    a = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-a, a, size=(fan_in, fan_out))
