"""Transformer-block cases: N, T, the head size d and F drawn so that no two axes line up;
weights scaled so that each sublayer changes the residual stream by an amount of order 1,
gains and biases away from 1 and 0 so that every LayerNorm shows."""
import numpy as np


def _view(rng, a):
    """The same values, as a transposed or strided view now and then."""
    kind = int(rng.integers(3))
    if kind == 1:
        return np.asfortranarray(a)
    if kind == 2:
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _params(rng, D, F):
    p = {}
    for name in ("ln1_gamma", "ln2_gamma"):
        p[name] = rng.normal(1.0, 0.3, size=D)
    for name in ("ln1_beta", "ln2_beta", "b2"):
        p[name] = rng.normal(0.0, 0.3, size=D)
    for name in ("Wq", "Wk", "Wv", "Wo"):
        p[name] = _view(rng, rng.normal(0.0, 1.0 / np.sqrt(D), size=(D, D)))
    p["W1"] = _view(rng, rng.normal(0.0, 1.0 / np.sqrt(D), size=(D, F)))
    p["b1"] = rng.normal(0.0, 0.3, size=F)
    p["W2"] = _view(rng, rng.normal(0.0, 1.0 / np.sqrt(F), size=(F, D)))
    return p


def _case(rng, heads, d, t_range=(2, 7)):
    D = heads * d
    t = int(rng.choice([s for s in range(*t_range) if s not in (d, D)]))
    n = int(rng.choice([s for s in range(1, 4) if s not in (t, d)]))
    F = int(rng.choice([s for s in range(D + 1, 4 * D + 2) if s not in (t, n)]))
    x = _view(rng, rng.normal(0.5, 1.5, size=(n, t, D)))
    return {"x": x, "params": _params(rng, D, F), "num_heads": heads}


def several_heads(rng):
    return _case(rng, int(rng.choice([2, 3])), int(rng.integers(2, 4)))


def one_head(rng):
    return _case(rng, 1, int(rng.integers(3, 6)))


def heads_one_feature_wide(rng):
    return _case(rng, int(rng.integers(2, 5)), 1)


def a_single_position(rng):
    """T = 1: the only position attends to itself, with or without a mask."""
    inputs = _case(rng, int(rng.choice([2, 3])), 2)
    inputs["x"] = np.ascontiguousarray(inputs["x"][:, :1])
    return inputs


def a_longer_sequence(rng):
    return _case(rng, 2, int(rng.integers(2, 4)), t_range=(8, 13))


def the_example(rng):
    """The statement's example: identity maps, zero queries and keys (attention averages)."""
    eye, zero = np.eye(2), np.zeros((2, 2))
    params = {"ln1_gamma": np.ones(2), "ln1_beta": np.zeros(2), "ln2_gamma": np.ones(2),
              "ln2_beta": np.zeros(2), "Wq": zero, "Wk": zero.copy(), "Wv": eye, "Wo": eye.copy(),
              "W1": eye.copy(), "b1": np.zeros(2), "W2": eye.copy(), "b2": np.zeros(2)}
    return {"x": np.array([[[1.0, 3.0], [4.0, 0.0]]]), "params": params, "num_heads": 1}
