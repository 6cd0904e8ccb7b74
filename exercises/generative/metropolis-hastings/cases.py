"""Hidden targets for Metropolis-Hastings: correlated Gaussians, supports with an edge (-inf
outside), a bimodal mixture, a single step, and a 40000-step chain on a Gaussian for the
statistics (started from a draw of the target itself, so no burn-in is needed)."""
import numpy as np


def _seed(rng):
    return int(rng.integers(0, 2**31 - 1))


def correlated_gaussian(rng):
    d = int(rng.integers(2, 5))
    a = rng.normal(0.0, 1.0, size=(d, d))
    precision = a @ a.T / d + np.eye(d) * 0.5
    mean = rng.normal(0.0, 2.0, size=d)
    return {"x0": mean + rng.normal(0.0, 1.0, size=d), "n_steps": int(rng.integers(150, 400)),
            "step_size": float(rng.uniform(0.3, 1.5)), "seed": _seed(rng), "target": "gaussian",
            "mean": mean, "precision": precision}


def box_support(rng):
    """Uniform on [0, 1]^d: steps of 0.3 to 0.8 propose outside often, and must be rejected."""
    d = int(rng.integers(1, 4))
    return {"x0": rng.uniform(0.1, 0.9, size=d), "n_steps": int(rng.integers(100, 300)),
            "step_size": float(rng.uniform(0.3, 0.8)), "seed": _seed(rng), "target": "box",
            "mean": np.zeros(d), "precision": np.eye(d)}


def half_gaussian(rng):
    d = int(rng.integers(2, 4))
    return {"x0": rng.uniform(0.05, 1.5, size=d), "n_steps": int(rng.integers(100, 300)),
            "step_size": float(rng.uniform(0.5, 2.0)), "seed": _seed(rng), "target": "half-gaussian",
            "mean": np.zeros(d), "precision": np.eye(d)}


def bimodal(rng):
    mean = np.array([rng.uniform(1.5, 3.0)])
    return {"x0": np.array([rng.normal(0.0, 1.0)]), "n_steps": int(rng.integers(200, 500)),
            "step_size": float(rng.uniform(1.0, 3.0)), "seed": _seed(rng), "target": "mixture",
            "mean": mean, "precision": np.eye(1)}


def one_step(rng):
    d = int(rng.integers(2, 5))
    return {"x0": rng.normal(0.0, 1.0, size=d), "n_steps": 1, "step_size": float(rng.uniform(0.2, 1.0)),
            "seed": _seed(rng), "target": "gaussian", "mean": np.zeros(d), "precision": np.eye(d)}


def long_gaussian_chain(rng):
    """40000 steps on N(mean, diag(std²)) in 2-D, the step 2.4 std / sqrt(2) (near the optimal
    random-walk scale, acceptance about 0.35-0.45)."""
    std = rng.uniform(0.5, 2.0, size=2)
    mean = rng.normal(0.0, 3.0, size=2)
    return {"x0": mean + std * rng.normal(0.0, 1.0, size=2), "n_steps": 40000,
            "step_size": float(1.7 * std.min()), "seed": _seed(rng), "target": "gaussian",
            "mean": mean, "precision": np.diag(1.0 / std ** 2), "batches": 40}
