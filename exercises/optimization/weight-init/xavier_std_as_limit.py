import numpy as np


def he_normal(fan_in, fan_out, rng):
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, rng):
    limit = np.sqrt(2.0 / (fan_in + fan_out))         # the Xavier STANDARD DEVIATION, used as the limit
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))
