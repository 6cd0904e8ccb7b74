"""Multi-head attention cases: num_heads in {2, 3, 4}, head size d = D / num_heads >= 2,
and the batch size N, the length T and d drawn all different, so that no wrong reshape
or transpose can line up with the right one by accident. Masks are bool (T, T) with a
True in every row and at least one False. Some inputs are non-contiguous views."""
import numpy as np


def _sizes(rng, heads=None):
    h = int(rng.choice([2, 3, 4])) if heads is None else heads
    d = int(rng.integers(2, 5))
    t = int(rng.choice([s for s in range(2, 7) if s != d]))
    n = int(rng.choice([s for s in range(1, 4) if s not in (t, d)]))
    return n, t, h, d


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


def _case(rng, n, t, h, d, mask):
    D = h * d
    scale = 1.2 / D ** 0.25                       # scores of order 1: neither flat nor saturated
    inputs = {"x": _view(rng, rng.normal(0.0, 1.0, size=(n, t, D)))}
    for name in ("Wq", "Wk", "Wv", "Wo"):
        inputs[name] = _view(rng, rng.normal(0.0, scale, size=(D, D)))
    inputs["num_heads"] = h
    inputs["mask"] = mask
    return inputs


def no_mask(rng):
    return _case(rng, *_sizes(rng), None)


def four_heads(rng):
    return _case(rng, *_sizes(rng, heads=4), None)


def causal_mask(rng):
    n, t, h, d = _sizes(rng)
    return _case(rng, n, t, h, d, np.tril(np.ones((t, t), dtype=bool)))


def random_mask(rng):
    n, t, h, d = _sizes(rng)
    mask = rng.random((t, t)) < 0.6
    for row in range(t):
        if not mask[row].any():
            mask[row, int(rng.integers(t))] = True
    if mask.all():
        mask[int(rng.integers(t)), int(rng.integers(t))] = False
    assert mask.any(axis=1).all() and not mask.all()
    return _case(rng, n, t, h, d, mask)


def large_scores(rng):
    """x 60 times larger: scores in the thousands, whose exp overflows unless each row's own
    maximum is subtracted first (one maximum over every row leaves some rows all 0)."""
    n, t, h, d = _sizes(rng)
    inputs = _case(rng, n, t, h, d, np.tril(np.ones((t, t), dtype=bool)))
    inputs["x"] = inputs["x"] * 60.0
    return inputs
