import numpy as np


def he_normal(fan_in, fan_out, rng):
    gen = np.random.default_rng()
    return gen.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, rng):
    gen = np.random.default_rng()
    a = np.sqrt(6.0 / (fan_in + fan_out))
    return gen.uniform(-a, a, size=(fan_in, fan_out))
