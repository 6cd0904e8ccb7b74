"""Lists of gradients for clip_by_global_norm, with the threshold placed on purpose.

Every list holds arrays of different shapes, like the parameters of a small network.
Each group puts max_norm where it tells a mistake apart: below the global norm (clip),
above it (leave alone), or between the largest single norm and the global norm (only a
global clip changes anything). Global norms are kept >= 1 so that a framework-style
epsilon (dividing by total_norm + 1e-6) stays within the tolerance.
"""
import numpy as np


def _norm(g):
    return float(np.sqrt(np.sum(g * g)))


def _network(rng):
    """Gradients of a two-layer network: W1 (D, H), b1 (H,), W2 (H, C), b2 (C,), all sizes different."""
    d, h, c = (int(n) for n in rng.choice(np.arange(2, 10), size=3, replace=False))
    shapes = [(d, h), (h,), (h, c), (c,)]
    return [rng.normal(0.0, 1.0, size=s) * 10.0 ** rng.uniform(-1, 1) for s in shapes]


def _total(grads):
    return float(np.sqrt(sum(np.sum(g * g) for g in grads)))


def worked_example(rng):
    return {"grads": [np.array([3.0, 4.0]), np.array([[0.0], [12.0]])], "max_norm": 6.5}


def below_threshold_example(rng):
    return {"grads": [np.array([3.0, 4.0]), np.array([[0.0], [12.0]])], "max_norm": 20.0}


def clipped_network(rng):
    grads = _network(rng)
    if rng.random() < 0.5:
        grads[1] = np.zeros_like(grads[1])             # a frozen parameter: a zero gradient
    total = _total(grads)
    if total < 1.0:
        grads = [g / total * rng.uniform(1.0, 5.0) for g in grads]
        total = _total(grads)
    return {"grads": grads, "max_norm": float(total * rng.uniform(0.1, 0.7))}


def unclipped_network(rng):
    grads = _network(rng)
    total = _total(grads)
    if total < 1.0:
        grads = [g / total * rng.uniform(1.0, 5.0) for g in grads]
        total = _total(grads)
    return {"grads": grads, "max_norm": float(total * rng.uniform(1.2, 3.0))}


def each_small_together_large(rng):
    """Every single array is under max_norm, but together they exceed it."""
    k = int(rng.integers(4, 7))
    sizes = rng.choice(np.arange(2, 12), size=k + 1, replace=False)
    shapes = [(int(sizes[i]), int(sizes[i + 1])) if i % 2 == 0 else (int(sizes[i]),) for i in range(k)]
    grads = []
    for s in shapes:
        g = rng.normal(0.0, 1.0, size=s)
        grads.append(g / _norm(g) * rng.uniform(0.6, 1.0))
    largest, total = max(_norm(g) for g in grads), _total(grads)
    return {"grads": grads, "max_norm": float(largest + rng.uniform(0.2, 0.8) * (total - largest))}


def one_exploding_gradient(rng):
    """One array's gradient has blown up (norm ~1e3); the others are ordinary."""
    grads = _network(rng)
    k = int(rng.integers(len(grads)))
    grads[k] = grads[k] / _norm(grads[k]) * 10.0 ** rng.uniform(2.5, 3.5)
    return {"grads": grads, "max_norm": float(rng.choice([1.0, 5.0, 10.0]))}


def with_scalar_and_4d(rng):
    """A 4-D convolution kernel gradient, a scalar parameter (shape ()), and a bias."""
    f, c, k = (int(n) for n in rng.choice(np.arange(2, 6), size=3, replace=False))
    grads = [rng.normal(0.0, 1.0, size=(f, c, k, k)), np.array(rng.normal(0.0, 3.0)),
             rng.normal(0.0, 1.0, size=(f,))]
    total = _total(grads)
    return {"grads": grads, "max_norm": float(total * rng.choice([rng.uniform(0.2, 0.8), rng.uniform(1.2, 2.0)]))}


def all_zero(rng):
    """A flat spot (or every parameter frozen): every gradient is 0, so the global norm is 0 and
    nothing is clipped; a factor max_norm / total_norm computed before the comparison divides by 0."""
    grads = [np.zeros_like(g) for g in _network(rng)]
    return {"grads": grads, "max_norm": float(rng.uniform(0.5, 5.0))}
