import numpy as np


def he_normal(fan_in, fan_out, rng):
    """He (Kaiming) normal initialization: a (fan_in, fan_out) float64 array of independent
    N(0, 2 / fan_in) entries, drawn from the np.random.Generator `rng` only."""
    raise NotImplementedError("he_normal: normal entries with variance 2 / fan_in")


def xavier_uniform(fan_in, fan_out, rng):
    """Xavier (Glorot) uniform initialization: a (fan_in, fan_out) float64 array of
    independent U(-a, a) entries, a = sqrt(6 / (fan_in + fan_out)), drawn from `rng` only."""
    raise NotImplementedError("xavier_uniform: uniform entries on (-a, a)")
