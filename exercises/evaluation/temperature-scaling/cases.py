"""Validation sets with a finite best temperature T* in [0.01, 1e4]: the true class's logit
is above its row's mean on average (so a very large T is worse than T*) and some samples
are misclassified (so a very small T is worse too). T* scales with the logits' scale, which
is drawn over five decades."""
import numpy as np


def _finite_optimum(z, labels):
    rows = np.arange(len(labels))
    wrong = np.any(np.argmax(z, axis=1) != labels)
    above_mean = np.mean(z[rows, labels] - z.mean(axis=1)) > 0
    return wrong and above_mean


def _validation_set(rng, n, c, scale, margin):
    while True:
        labels = rng.integers(0, c, n).astype(np.int64)
        z = rng.normal(0.0, 1.0, (n, c))
        z[np.arange(n), labels] += margin
        if _finite_optimum(z, labels):
            return scale * z, labels


def _case(rng, n, c, scale, margin, T=None):
    logits, labels = _validation_set(rng, n, c, scale, margin)
    if T is None:
        T = float(scale * 10 ** rng.uniform(-1.0, 1.0))
    return {"logits": logits, "labels": labels, "T": T}


def typical(rng):
    return _case(rng, int(rng.integers(30, 150)), int(rng.integers(3, 11)),
                 float(10 ** rng.uniform(-0.5, 1.0)), float(rng.uniform(1.0, 3.0)))


def overconfident(rng):
    """Large logits: the fit cools the model (T* > 1)."""
    return _case(rng, int(rng.integers(40, 120)), int(rng.integers(2, 8)),
                 float(10 ** rng.uniform(1.0, 2.5)), float(rng.uniform(1.0, 2.5)))


def underconfident(rng):
    """Small logits: the fit sharpens the model (T* < 1)."""
    return _case(rng, int(rng.integers(40, 120)), int(rng.integers(2, 8)),
                 float(10 ** rng.uniform(-1.5, -0.8)), float(rng.uniform(1.5, 3.0)))


def binary(rng):
    return _case(rng, int(rng.integers(20, 80)), 2, float(10 ** rng.uniform(-0.5, 1.0)),
                 float(rng.uniform(1.0, 2.5)))


def extreme_ratio(rng):
    """Logits near 1e3..1e4 evaluated at a T where max |logits / T| = 1e6: the nll must be
    finite with no overflow (NumPy errors are raised in this group)."""
    case = _case(rng, int(rng.integers(20, 60)), int(rng.integers(3, 8)),
                 float(10 ** rng.uniform(2.5, 3.3)), float(rng.uniform(1.0, 2.0)))
    case["T"] = float(np.abs(case["logits"]).max() / 1e6)
    return case


def many_samples(rng):
    return _case(rng, 2000, 10, float(10 ** rng.uniform(0.0, 1.0)), float(rng.uniform(1.5, 3.0)))
