"""LoRA cases a declaration cannot say: B = 0 (the usual initialization) and a square W0."""
import numpy as np


def _sizes(rng):
    n, d_in, d_out, r = (int(v) for v in rng.permutation(np.arange(2, 9))[:4])
    return n, d_in, d_out, r


def at_initialization(rng):
    """B = 0: y = x W0 and dA = 0, while dB is not (it is how B leaves 0)."""
    n, d_in, d_out, r = _sizes(rng)
    return {"x": rng.normal(size=(n, d_in)), "W0": rng.normal(size=(d_in, d_out)) / np.sqrt(d_in),
            "A": rng.normal(size=(d_in, r)) / np.sqrt(d_in), "B": np.zeros((r, d_out)),
            "alpha": float(rng.choice([8.0, 16.0, 32.0])), "dy": rng.normal(size=(n, d_out))}


def square_weight(rng):
    """d_in = d_out (an attention projection): a transposed W0 or B A swap keeps its shape."""
    n, d, _, r = _sizes(rng)
    return {"x": rng.normal(size=(n, d)), "W0": rng.normal(size=(d, d)),
            "A": rng.normal(size=(d, r)), "B": rng.normal(size=(r, d)),
            "alpha": float(rng.uniform(0.5, 32.0)), "dy": rng.normal(size=(n, d))}
