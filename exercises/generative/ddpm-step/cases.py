"""Hidden cases of one DDPM step: random schedules (linear with random ends, or the betas of
a cosine schedule), the first step t = 1 with a z that must be ignored (finite, huge or
infinite), the last step t = T, and the whole sampler on N(0, s^2) data (driver.py)."""
import numpy as np


def _betas(rng):
    """A schedule of T = 5..300 steps: linear with random ends, or cosine (betas up to 0.999)."""
    T = int(rng.integers(5, 301))
    if rng.random() < 0.5:
        return np.linspace(rng.uniform(1e-4, 0.01), rng.uniform(0.02, 0.4), T)
    f = np.cos((np.arange(T + 1) / T + 0.008) / 1.008 * np.pi / 2) ** 2
    return np.clip(1.0 - f[1:] / f[:-1], 1e-5, 0.999)


def _shape(rng):
    """(N, D), (N, C, H) or (D,): a step acts elementwise, on any shape."""
    kind = int(rng.integers(0, 3))
    if kind == 0:
        return (int(rng.integers(2, 6)), int(rng.integers(6, 10)))
    if kind == 1:
        return (2, 3, int(rng.integers(4, 7)))
    return (int(rng.integers(3, 12)),)


def _step(rng, betas, t, shape=None, z=None):
    shape = shape or _shape(rng)
    return {"x_t": rng.normal(0.0, 1.0, size=shape), "eps_pred": rng.normal(0.0, 1.0, size=shape),
            "t": int(t), "betas": betas, "z": rng.normal(0.0, 1.0, size=shape) if z is None else z}


def middle_step(rng):
    betas = _betas(rng)
    return _step(rng, betas, rng.integers(2, len(betas)))


def size_one_axes(rng):
    """Shapes with axes of size one, (1, D), (N, 1), (1, C, H) or (1,): a single sample or a
    single feature. Dims of generated groups get no automatic size-one case, and a step must
    keep every axis (np.squeeze, or a reshape to (N, -1) read back as (N, D), loses one)."""
    d, n = int(rng.integers(3, 9)), int(rng.integers(2, 6))
    shape = [(1, d), (n, 1), (1, 2, d), (1,)][int(rng.integers(0, 4))]
    betas = _betas(rng)
    return _step(rng, betas, rng.integers(1, len(betas) + 1), shape)


def first_step(rng):
    """t = 1 with ordinary noise in z: the last step of sampling adds none of it."""
    return _step(rng, _betas(rng), 1)


def first_step_wild_z(rng):
    """t = 1 with a z holding 1e300 and inf: 'ignored' means not even multiplied by 0."""
    shape = _shape(rng)
    z = rng.normal(0.0, 1.0, size=shape)
    z.flat[0], z.flat[-1] = np.inf, -1e300
    return _step(rng, _betas(rng), 1, shape, z)


def last_step(rng):
    betas = _betas(rng)
    return _step(rng, betas, len(betas))


def ddpm_schedule(rng):
    betas = np.linspace(1e-4, 0.02, 1000)
    return _step(rng, betas, rng.integers(2, 1001))


def whole_sampler(rng):
    return {"s": float(rng.choice([rng.uniform(0.3, 0.8), rng.uniform(1.5, 3.0)])),
            "seed": int(rng.integers(0, 2**31 - 1))}
