"""Mistake he-not-normal, as an override of the reference: he_normal differs."""


def he_normal(fan_in, fan_out, rng):
    limit = np.sqrt(6.0 / fan_in)                     # uniform with variance 2 / fan_in
    return rng.uniform(-limit, limit, size=(fan_in, fan_out))
