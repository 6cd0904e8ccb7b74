"""Hidden cases for adamw, one regime per group, so that every seed meets every regime.

Only the values inside a regime are drawn (sizes, step counts, hyperparameters), never
whether it appears. The decay regimes put lr·wd far from 0 so that every placement of the
decay term (in the moments, unscaled, preconditioned, after the step) moves w by much
more than the tolerance.
"""
import numpy as np


def _run(rng, config, scale=1.0, w_scale=1.0):
    shape = (int(rng.integers(2, 5)), int(rng.integers(5, 8)))
    steps = int(rng.integers(3, 6))
    return {"w": rng.normal(0.0, w_scale, size=shape),
            "dws": rng.normal(0.0, 1.0, size=(steps,) + shape) * scale,
            "config": config}


def worked_example(rng):
    return {"w": np.array([1.0]), "dws": np.array([[0.5]]), "config": None}


def strong_decay(rng):
    """A large learning rate and weight decay: the decay term is ~1e-2 of w per step."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-2, -1)),
                      "weight_decay": float(rng.uniform(0.05, 0.5))})


def learning_rate_only(rng):
    """Only the learning rate is given: the betas, epsilon and weight_decay take their defaults."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-2.5, -1))}, w_scale=3.0)


def chosen_betas(rng):
    """Both betas and the decay given, far from their defaults, so none can be hard-coded."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-2.5, -1)),
                      "beta1": float(rng.uniform(0.5, 0.85)),
                      "beta2": float(rng.uniform(0.9, 0.99)),
                      "weight_decay": float(rng.uniform(0.01, 0.2))})


def large_epsilon(rng):
    """An epsilon of 1e-4 to 1e-2 beside √v̂ ≈ 1: where it sits in the denominator shows."""
    return _run(rng, {"learning_rate": float(10 ** rng.uniform(-2.5, -1)),
                      "epsilon": float(10 ** rng.uniform(-4, -2)),
                      "weight_decay": float(rng.uniform(0.01, 0.2))})


def gradients_of_many_scales(rng):
    """Entries from 1e-9 to 1e6, default settings: Adam's step ignores the scale, the decay does not."""
    case = _run(rng, None)
    case["dws"] = case["dws"] * 10 ** rng.uniform(-9, 6, size=case["dws"].shape[1:])
    return case


def resumed_run(rng):
    """The config holds m, v and t from earlier steps, as when training resumes."""
    case = _run(rng, None, w_scale=2.0)
    shape = case["w"].shape
    case["config"] = {"learning_rate": float(10 ** rng.uniform(-2.5, -1.5)),
                      "weight_decay": float(rng.uniform(0.02, 0.3)),
                      "m": rng.normal(0.0, 0.3, size=shape),
                      "v": rng.uniform(0.1, 2.0, size=shape),
                      "t": int(rng.integers(2, 30))}
    return case
