"""Hidden cases of the forward process. Every case holds timesteps 1 and T among its t (the
first and last steps, where a 0-based index goes wrong), and alpha_bars for q_sample come
from a schedule of their own (linear with random ends, or cosine), unrelated to the
schedule case's T. Sizes are drawn all different: N never equals a trailing axis."""
import numpy as np


def _timesteps(rng, n, T):
    t = rng.integers(1, T + 1, size=n)
    t[rng.permutation(n)[:2]] = [1, T]                  # the first and the last step, every case
    return t.astype(np.int64)


def _linear_alpha_bars(rng, T):
    betas = np.linspace(rng.uniform(1e-4, 0.01), rng.uniform(0.02, 0.3), T)
    return np.cumprod(1.0 - betas)


def _cosine_alpha_bars(T, s=0.008):
    f = np.cos((np.arange(T + 1) / T + s) / (1 + s) * np.pi / 2) ** 2
    return np.clip(f[1:] / f[0], 1e-5, 1.0)


def _case(rng, shape, alpha_bars, schedule):
    T = len(alpha_bars)
    return {"x0": rng.normal(0.0, 1.0, size=shape), "t": _timesteps(rng, shape[0], T),
            "eps": rng.normal(0.0, 1.0, size=shape), "alpha_bars": alpha_bars, **schedule}


def images_linear(rng):
    """(N, C, H, W) images, a linear schedule of T = 50..400 steps, the schedule with its defaults."""
    n, c, h, w = 3 + int(rng.integers(0, 3)), 2, 5, 4
    T = int(rng.integers(50, 401))
    return _case(rng, (n, c, h, w), _linear_alpha_bars(rng, T),
                 {"T": int(rng.integers(2, 1001)), "beta_start": None, "beta_end": None})


def vectors_cosine(rng):
    """(N, D) vectors, a cosine schedule, the schedule with both ends given."""
    n = int(rng.integers(3, 9))
    d = n + int(rng.integers(1, 5))
    T = int(rng.integers(10, 200))
    return _case(rng, (n, d), _cosine_alpha_bars(T),
                 {"T": int(rng.integers(2, 60)), "beta_start": float(rng.uniform(1e-4, 1e-2)),
                  "beta_end": float(rng.uniform(0.02, 0.5))})


def scalars_short_schedule(rng):
    """(N,) scalars (no trailing axis at all), a schedule of T = 2..6 steps; beta_end only."""
    n = int(rng.integers(4, 10))
    T = int(rng.integers(2, 7))
    return _case(rng, (n,), _linear_alpha_bars(rng, T),
                 {"T": int(rng.integers(2, 7)), "beta_start": None, "beta_end": float(rng.uniform(0.05, 0.6))})


def default_schedule(rng):
    """The DDPM paper's schedule, T = 1000 and the default ends, on (N, L, D) sequences."""
    n, length, d = 2 + int(rng.integers(0, 3)), 6, 3
    alpha_bars = np.cumprod(1.0 - np.linspace(1e-4, 0.02, 1000))
    return _case(rng, (n, length, d), alpha_bars, {"T": 1000, "beta_start": 1e-4, "beta_end": None})
