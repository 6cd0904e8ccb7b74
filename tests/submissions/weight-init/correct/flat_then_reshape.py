import math

import numpy as np


def he_normal(fan_in, fan_out, rng):
    variance = 2 / fan_in
    flat = rng.normal(loc=0.0, scale=math.sqrt(variance), size=fan_in * fan_out)
    return flat.reshape(fan_in, fan_out)


def xavier_uniform(fan_in, fan_out, rng):
    variance = 2 / (fan_in + fan_out)
    a = math.sqrt(3 * variance)            # U(-a, a) has variance a^2 / 3
    return rng.uniform(low=-a, high=a, size=fan_in * fan_out).reshape(fan_in, fan_out)
