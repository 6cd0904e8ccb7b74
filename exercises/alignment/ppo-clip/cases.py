"""Token batches in which every branch of the clipped surrogate occurs among the counted
tokens: for each sign of the advantage, a ratio above 1 + eps, one below 1 - eps and one
inside the clip range. Ratios stay 1e-3 away from 1 - eps, 1 and 1 + eps."""
import numpy as np

GAP = 1e-3
# (sign of A, where the ratio lies); the clip is active for (+, above) and (-, below)
BRANCHES = [(1, "above"), (1, "below"), (1, "inside"), (-1, "above"), (-1, "below"), (-1, "inside")]


def _ratio(rng, where, eps):
    if where == "above":
        return rng.uniform(1.0 + eps + GAP, 1.0 + eps + 0.8)
    if where == "below":
        return rng.uniform(max(0.05, 1.0 - eps - 0.8), 1.0 - eps - GAP)
    r = rng.uniform(1.0 - eps + GAP, 1.0 + eps - GAP - 2 * GAP)   # inside, then kept off 1
    return r if r < 1.0 - GAP else r + 2 * GAP


def _batch(rng, n, t, eps, masked, counted=None):
    """(N, T) inputs; the first len(BRANCHES) flat slots (before shuffling) hold every branch
    and are counted; the others are random branches, a share of them masked out."""
    size = n * t
    branches = BRANCHES + [BRANCHES[k] for k in rng.integers(0, len(BRANCHES), size - len(BRANCHES))]
    sign = np.array([s for s, _ in branches], dtype=float)
    ratio = np.array([_ratio(rng, w, eps) for _, w in branches])
    advantages = sign * rng.uniform(0.05, 3.0, size=size)
    keep = np.ones(size, dtype=bool)
    if masked:
        keep[len(BRANCHES):] = rng.random(size - len(BRANCHES)) < 0.6
        keep[-1] = False                                            # at least one token masked
    if counted is not None:                                         # only these flat slots count
        keep = np.zeros(size, dtype=bool)
        keep[rng.choice(len(BRANCHES), counted, replace=False)] = True
    order = rng.permutation(size)
    logp_old = -rng.uniform(0.1, 5.0, size=size)
    logp_new = logp_old + np.log(ratio)
    shape = (n, t)
    return {"logp_new": logp_new[order].reshape(shape), "logp_old": logp_old[order].reshape(shape),
            "advantages": advantages[order].reshape(shape),
            "mask": keep[order].reshape(shape) if masked or counted is not None else None,
            "clip_eps": eps}


def _eps(rng):
    return float(rng.choice([0.1, 0.2, 0.3]))


def no_mask(rng):
    return _batch(rng, int(rng.integers(2, 5)), int(rng.integers(4, 9)), _eps(rng), False)


def with_mask(rng):
    return _batch(rng, int(rng.integers(2, 5)), int(rng.integers(5, 9)), _eps(rng), True)


def default_eps(rng):
    """clip_eps None: the driver leaves it out and the default 0.2 applies."""
    inputs = _batch(rng, int(rng.integers(2, 5)), int(rng.integers(5, 9)), 0.2, True)
    inputs["clip_eps"] = None
    return inputs


def one_sequence(rng):
    return _batch(rng, 1, int(rng.integers(10, 15)), _eps(rng), True)


def one_token_each(rng):
    return _batch(rng, int(rng.integers(10, 15)), 1, _eps(rng), True)


def one_counted_token(rng):
    """A mask with a single True: the mean is over one token."""
    inputs = _batch(rng, int(rng.integers(2, 4)), int(rng.integers(3, 6)), _eps(rng), False, counted=1)
    return inputs


def non_contiguous(rng):
    """Every array a transposed or strided view."""
    inputs = _batch(rng, int(rng.integers(2, 5)), int(rng.integers(5, 9)), _eps(rng), True)
    for name in ("logp_new", "logp_old", "advantages", "mask"):
        a = inputs[name]
        if rng.random() < 0.5:
            inputs[name] = np.asfortranarray(a)
        else:
            wide = np.zeros((a.shape[0], 2 * a.shape[1]), dtype=a.dtype)
            wide[:, ::2] = a
            inputs[name] = wide[:, ::2]
    return inputs
