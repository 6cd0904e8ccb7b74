"""GELU cases a declaration cannot say: inputs out to |x| = 1e4, the ends included."""
import numpy as np


def huge_inputs(rng):
    """Entries spread over [-1e4, 1e4] on a log scale, with ±1e4 and 0 always present: there
    x³ is 1e12 and u is about 4e10, so any exp(u) or cosh(u) overflows, while tanh saturates."""
    n, d = int(rng.integers(2, 5)), int(rng.integers(5, 9))
    magnitude = 10.0 ** rng.uniform(-1.0, 4.0, size=(n, d))
    x = magnitude * rng.choice([-1.0, 1.0], size=(n, d))
    x[0, :3] = [1.0e4, -1.0e4, 0.0]
    return {"x": x, "dout": rng.normal(0.0, 1.0, size=(n, d))}
