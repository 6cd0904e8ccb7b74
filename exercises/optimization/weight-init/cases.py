"""Layer sizes for the initializers: fan_in and fan_out always differ by a factor of 1.5
to 3 (either way round), so that a variance computed from the wrong one is off by at
least a third, far outside the statistical tolerance; and every matrix has at least
100 x 150 = 15,000 entries."""
import numpy as np


def layer(rng):
    small = int(rng.integers(100, 301))
    large = int(round(small * rng.uniform(1.5, 3.0)))
    fan_in, fan_out = (small, large) if rng.random() < 0.5 else (large, small)
    return {"fan_in": fan_in, "fan_out": fan_out, "seed": int(rng.integers(0, 2**31))}


def wide_input(rng):
    """fan_in much larger than fan_out, like a first layer on images (784 -> 128)."""
    fan_out = int(rng.integers(60, 161))
    return {"fan_in": int(fan_out * rng.uniform(4.0, 8.0)), "fan_out": fan_out,
            "seed": int(rng.integers(0, 2**31))}
