"""Schedules and steps for warmup_cosine.

Every schedule draws total_steps, warmup_steps, base_lr and (usually) a min_lr of 1% to
20% of base_lr. Arrays of steps always contain the boundaries: step 0, the last warmup
step, the first cosine step and the last step, plus random steps in between.
"""
import numpy as np


def _schedule(rng, warmup=True, min_lr=True):
    total = int(rng.integers(50, 5001))
    config = {"total_steps": total,
              "warmup_steps": int(rng.integers(2, max(3, total // 3))) if warmup else 0,
              "base_lr": float(10.0 ** rng.uniform(-4, -1))}
    if min_lr:
        config["min_lr"] = float(config["base_lr"] * rng.uniform(0.01, 0.2))
    return config


def _steps(rng, config, size):
    total, warmup = config["total_steps"], config["warmup_steps"]
    edges = [0, warmup - 1, warmup, warmup + 1, total - 1]
    edges = [e for e in edges if 0 <= e < total]
    steps = np.concatenate([edges, rng.integers(0, total, size=size)]).astype(np.int64)
    rng.shuffle(steps)
    return steps


def scalar_in_warmup(rng):
    config = _schedule(rng)
    return dict(config, step=int(rng.integers(0, config["warmup_steps"])))


def scalar_after_warmup(rng):
    config = _schedule(rng)
    return dict(config, step=int(rng.integers(config["warmup_steps"], config["total_steps"])))


def array_of_steps(rng):
    config = _schedule(rng)
    return dict(config, step=_steps(rng, config, int(rng.integers(5, 30))))


def grid_of_steps(rng):
    """A 2-D array of steps, e.g. a learning rate per (run, step) in a sweep."""
    config = _schedule(rng)
    rows, cols = (int(v) for v in rng.choice(np.arange(2, 8), size=2, replace=False))
    steps = _steps(rng, config, rows * cols)[: rows * cols].reshape(rows, cols)
    return dict(config, step=steps)


def whole_schedule(rng):
    """Every step of a short run, as a non-contiguous view (every other element)."""
    config = _schedule(rng)
    config["total_steps"] = int(rng.integers(20, 400))
    config["warmup_steps"] = int(rng.integers(2, config["total_steps"] // 2))
    wide = np.zeros(2 * config["total_steps"], dtype=np.int64)
    wide[::2] = np.arange(config["total_steps"])
    return dict(config, step=wide[::2])


def no_warmup(rng):
    config = _schedule(rng, warmup=False)
    return dict(config, step=_steps(rng, config, int(rng.integers(5, 30))))


def default_min_lr(rng):
    config = _schedule(rng, min_lr=False)
    return dict(config, step=_steps(rng, config, int(rng.integers(5, 30))))


def warmup_is_everything(rng):
    total = int(rng.integers(5, 200))
    config = {"total_steps": total, "warmup_steps": total, "base_lr": float(10.0 ** rng.uniform(-4, -1)),
              "min_lr": 0.0}
    return dict(config, step=np.arange(total, dtype=np.int64))
