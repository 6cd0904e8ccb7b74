import numpy as np


def he_normal(fan_in, fan_out, rng):
    return rng.standard_normal(size=(fan_in, fan_out)) * np.sqrt(2 / fan_out)


def xavier_uniform(fan_in, fan_out, rng):
    a = np.sqrt(6 / (fan_in + fan_out))
    return rng.uniform(-a, a, (fan_in, fan_out))
