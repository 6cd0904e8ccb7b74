"""Mistake he-uses-fan-out, as an override of the reference: he_normal differs."""


def he_normal(fan_in, fan_out, rng):
    return rng.normal(0.0, np.sqrt(2.0 / fan_out), size=(fan_in, fan_out))
