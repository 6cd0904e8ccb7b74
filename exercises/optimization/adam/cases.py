"""Hidden cases for adam, one regime per group, so that every seed meets every regime.

The values inside a regime are drawn (sizes, step counts, the hyperparameters'
values), never whether the regime appears: a wrong program that only one regime exposes
(epsilon inside the square root, betas read from nowhere) fails on every seed.
"""
import numpy as np


def _run(rng, config, scale=1.0):
    shape = (int(rng.integers(2, 5)), int(rng.integers(5, 8)))
    steps = int(rng.integers(2, 5))
    return {"w": rng.normal(0.0, 1.0, size=shape),
            "dws": rng.normal(0.0, 1.0, size=(steps,) + shape) * scale,
            "config": config}


def learning_rate_only(rng):
    """Only the learning rate is given: the betas and epsilon take their defaults."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-3, -1))})


def chosen_betas(rng):
    """Both betas given, far from their defaults, so neither can be hard-coded."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-2.5, -1)),
                      "beta1": float(rng.uniform(0.5, 0.85)),
                      "beta2": float(rng.uniform(0.9, 0.99))})


def large_epsilon(rng):
    """An epsilon of 1e-4 to 1e-2 beside √v̂ ≈ 1: where it sits in the denominator shows."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-2.5, -1)),
                      "epsilon": float(10 ** rng.uniform(-4, -2))})


def gradients_of_many_scales(rng):
    """Entries from 1e-9 to 1e6, default settings: at the small end ε is as large as √v̂."""
    case = _run(rng, None)
    case["dws"] = case["dws"] * 10 ** rng.uniform(-9, 6, size=case["dws"].shape[1:])
    return case


def resumed_run(rng):
    """The config holds m, v and t from earlier steps, as when training resumes."""
    case = _run(rng, None)
    shape = case["w"].shape
    case["config"] = {"learning_rate": float(10 ** rng.uniform(-3, -1.5)),
                      "m": rng.normal(0.0, 0.3, size=shape),
                      "v": rng.uniform(0.1, 2.0, size=shape),
                      "t": int(rng.integers(2, 30))}
    return case
