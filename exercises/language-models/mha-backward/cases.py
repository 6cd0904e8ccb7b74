"""Multi-head attention cases with an upstream gradient: num_heads from 1 to D, head size
d = D / num_heads, and N, T, d drawn all different where the group allows, so no wrong
reshape or transpose lines up with the right one by accident. Masks are bool (T, T) with a
True in every row; some inputs are non-contiguous views."""
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


def _sizes(rng, heads, d):
    t = int(rng.choice([s for s in range(2, 6) if s != d]))
    n = int(rng.choice([s for s in range(1, 4) if s not in (t, d)]))
    return n, t, heads, d


def _case(rng, n, t, h, d, mask, x_scale=1.0):
    D = h * d
    w_scale = 1.2 / D ** 0.25                          # scores of order 1: neither flat nor saturated
    inputs = {"x": _view(rng, rng.normal(0.0, x_scale, size=(n, t, D)))}
    for name in ("Wq", "Wk", "Wv", "Wo"):
        inputs[name] = _view(rng, rng.normal(0.0, w_scale, size=(D, D)))
    inputs["num_heads"] = h
    inputs["mask"] = mask
    inputs["dout"] = _view(rng, rng.normal(0.0, 1.0, size=(n, t, D)))
    return inputs


def _causal(t):
    return np.tril(np.ones((t, t), dtype=bool))


def _random_mask(rng, t):
    mask = rng.random((t, t)) < 0.6
    for row in range(t):
        if not mask[row].any():
            mask[row, int(rng.integers(t))] = True
    if mask.all():
        mask[int(rng.integers(t)), int(rng.integers(t))] = False
    return mask


def several_heads_no_mask(rng):
    return _case(rng, *_sizes(rng, int(rng.choice([2, 3])), int(rng.integers(2, 5))), None)


def several_heads_causal(rng):
    n, t, h, d = _sizes(rng, int(rng.choice([2, 3, 4])), int(rng.integers(2, 4)))
    return _case(rng, n, t, h, d, _causal(t))


def several_heads_random_mask(rng):
    n, t, h, d = _sizes(rng, int(rng.choice([2, 3])), int(rng.integers(2, 4)))
    return _case(rng, n, t, h, d, _random_mask(rng, t))


def one_head(rng):
    """num_heads = 1: a single head over all D features (d = D)."""
    n, t, h, d = _sizes(rng, 1, int(rng.integers(3, 6)))
    return _case(rng, n, t, h, d, [None, _causal(t)][int(rng.integers(2))])


def heads_of_size_one(rng):
    """num_heads = D: every head is one feature wide (d = 1, so √d = 1)."""
    n, t, h, d = _sizes(rng, int(rng.integers(2, 5)), 1)
    return _case(rng, n, t, h, d, _causal(t))


def large_scores(rng):
    """x 40 times larger: scores in the thousands, whose exp overflows without the max shift;
    the softmax saturates, so the gradient check skips this group."""
    n, t, h, d = _sizes(rng, int(rng.choice([2, 3])), int(rng.integers(2, 4)))
    return _case(rng, n, t, h, d, _causal(t), x_scale=40.0)
