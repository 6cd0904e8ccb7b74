"""Hidden cases for sgd_momentum that a declaration cannot say: a run resumed from a saved state.

The config holds a velocity left by earlier steps (as when training resumes from a
checkpoint), so the first step already depends on how the stored velocity is read.
"""
import numpy as np


def resumed_run(rng):
    shape = tuple(int(n) for n in rng.choice(np.arange(2, 8), size=int(rng.integers(1, 3)), replace=False))
    steps = int(rng.integers(2, 6))
    lr = float(rng.choice([1e-2, 3e-2, 0.1]))
    momentum = float(rng.choice([0.5, 0.8, 0.9, 0.99]))
    config = {"learning_rate": lr, "momentum": momentum,
              "velocity": rng.normal(0.0, 3 * lr, size=shape)}
    return {"w": rng.normal(0.0, 1.0, size=shape),
            "dws": rng.normal(0.0, 1.0, size=(steps,) + shape),
            "config": config}


def resumed_run_defaults(rng):
    """Only the velocity is given: the hyperparameters take their defaults."""
    shape = (int(rng.integers(2, 6)), int(rng.integers(6, 9)))
    steps = int(rng.integers(2, 5))
    return {"w": rng.normal(0.0, 1.0, size=shape),
            "dws": rng.normal(0.0, 1.0, size=(steps,) + shape),
            "config": {"velocity": rng.normal(0.0, 0.05, size=shape)}}
