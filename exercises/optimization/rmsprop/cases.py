"""Hidden cases for rmsprop that a declaration cannot say: a run resumed from a saved cache."""
import numpy as np


def resumed_run(rng):
    """The config holds a cache of squared gradients left by earlier steps (positive)."""
    shape = tuple(int(n) for n in rng.choice(np.arange(2, 8), size=int(rng.integers(1, 3)), replace=False))
    steps = int(rng.integers(2, 6))
    config = {"learning_rate": float(rng.choice([1e-2, 1e-3, 3e-2])),
              "decay_rate": float(rng.choice([0.9, 0.99, 0.999])),
              "cache": rng.uniform(0.1, 4.0, size=shape)}
    return {"w": rng.normal(0.0, 1.0, size=shape),
            "dws": rng.normal(0.0, 1.0, size=(steps,) + shape),
            "config": config}


def resumed_run_defaults(rng):
    """Only the cache is given: the hyperparameters take their defaults."""
    shape = (int(rng.integers(2, 6)), int(rng.integers(6, 9)))
    steps = int(rng.integers(2, 5))
    return {"w": rng.normal(0.0, 1.0, size=shape),
            "dws": rng.normal(0.0, 1.0, size=(steps,) + shape),
            "config": {"cache": rng.uniform(0.01, 1.0, size=shape)}}


def gradients_of_many_scales(rng):
    """Each row of the gradient has its own scale, from 1e-6 to 1e4: RMSProp's steps do not care."""
    rows, cols = int(rng.integers(3, 6)), int(rng.integers(6, 9))
    steps = int(rng.integers(3, 6))
    scales = 10.0 ** rng.uniform(-6, 4, size=(rows, 1))
    scales[0, 0] = 10.0 ** rng.uniform(-6, -5)        # always one row of tiny gradients
    return {"w": rng.normal(0.0, 1.0, size=(rows, cols)),
            "dws": rng.normal(0.0, 1.0, size=(steps, rows, cols)) * scales,
            "config": None}
