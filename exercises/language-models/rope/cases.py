"""RoPE cases: D even and at least 4 (with D = 2 the rotate-half pairs are the interleaved
ones), offsets up to the limit offset + T <= 4096."""
import numpy as np


def _x(rng, n, t, d):
    x = rng.normal(0.0, 1.0, size=(n, t, d))
    if rng.integers(2):                                 # a non-contiguous view now and then
        wide = np.zeros((n, t, 2 * d))
        wide[..., ::2] = x
        x = wide[..., ::2]
    return x


def near_the_limit(rng):
    """A long cache: offset + T = 4096 exactly, the last position allowed."""
    t = int(rng.integers(2, 6))
    d = 2 * int(rng.integers(2, 6))
    n = int(rng.choice([v for v in range(1, 4) if v != t]))
    return {"x": _x(rng, n, t, d), "offset": 4096 - t, "base": None}
