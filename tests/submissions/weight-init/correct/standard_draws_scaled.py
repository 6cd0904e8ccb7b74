import numpy as np


def he_normal(fan_in, fan_out, rng):
    return rng.standard_normal((fan_in, fan_out)) * (2.0 / fan_in) ** 0.5


def xavier_uniform(fan_in, fan_out, rng):
    a = (6.0 / (fan_in + fan_out)) ** 0.5
    return (2.0 * rng.random((fan_in, fan_out)) - 1.0) * a
