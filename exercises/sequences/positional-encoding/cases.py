"""Sizes for the position encodings: T positions, D even. Hidden sizes make every mistake
visible: T >= 2 (position 0 alone is [0, 1, 0, 1, ...] whatever the frequencies) and D >= 4
(with D = 2 there is a single frequency, 1, and the exponent does not matter); the edge
cases T = 1 and D = 2 are separate groups."""


def _even(rng, low, high):
    return 2 * int(rng.integers(low // 2, high // 2 + 1))


def short_sequences(rng):
    return {"T": int(rng.integers(2, 12)), "D": _even(rng, 4, 16)}


def long_sequences(rng):
    return {"T": int(rng.integers(100, 513)), "D": _even(rng, 32, 128)}


def one_frequency(rng):
    return {"T": int(rng.integers(3, 20)), "D": 2}


def one_position(rng):
    return {"T": 1, "D": _even(rng, 4, 16)}
