"""Generators for masked attention cases.

Every mask is a bool array (Tq, Tk) in which every row (query) has at least one True (a
key it may attend to) and some row has a False (a blocked key): otherwise masking would
not change the result, and a mask applied after the softmax could not be told apart.
Tq, Tk and d are always three different sizes.
"""
import numpy as np


def causal_mask(rng):
    """Query i sees keys up to its own position; with Tk > Tq the queries are the last Tq
    positions (as when new tokens attend to a cache of earlier ones)."""
    n, tq, tk, d = _sizes(rng)
    i, j = np.arange(tq)[:, None], np.arange(tk)[None, :]
    return _case(rng, n, tq, tk, d, j <= i + max(tk - tq, 0))


def padding_mask(rng):
    """The last keys are padding: every query may only look at the first `valid` keys."""
    n, tq, tk, d = _sizes(rng)
    valid = int(rng.integers(1, tk))
    mask = np.zeros((tq, tk), dtype=bool)
    mask[:, :valid] = True
    return _case(rng, n, tq, tk, d, mask)


def random_mask(rng):
    """An arbitrary pattern of allowed and blocked pairs."""
    n, tq, tk, d = _sizes(rng)
    mask = rng.random((tq, tk)) < 0.6
    for row in range(tq):
        if not mask[row].any():
            mask[row, int(rng.integers(tk))] = True
    if mask.all():
        mask[int(rng.integers(tq)), int(rng.integers(tk))] = False
    return _case(rng, n, tq, tk, d, mask)


def blocked_far_above(rng):
    """Blocked keys score about +1e5, allowed ones about -2e4 (within a few units of each
    other): the answer is a softmax over the allowed scores alone. A row max taken before
    masking makes every allowed exp underflow (0/0), and a "large negative" of -1e4 for
    the blocked scores is then larger than every allowed one."""
    n, tq, tk, d = _sizes(rng)
    blocked = np.zeros(tk, dtype=bool)
    blocked[rng.permutation(tk)[: max(1, tk // 3)]] = True
    base = np.where(blocked, 1e5, -2e4) + rng.normal(0.0, 2.0, size=tk)
    q = rng.normal(0.0, 1.0, size=(n, tq, d))
    k = rng.normal(0.0, 1.0, size=(n, tk, d))
    q[..., 0] = 100.0                              # score[i, j] = base[j] + O(1)
    k[..., 0] = (base * np.sqrt(d) - (q[:, :1, 1:] * k[..., 1:]).sum(-1)) / 100.0
    mask = np.broadcast_to(~blocked, (tq, tk)).copy()
    return {**_case(rng, n, tq, tk, d, mask), "q": q, "k": k}


def _case(rng, n, tq, tk, d, mask):
    assert mask.dtype == np.bool_ and mask.any(axis=1).all() and not mask.all()
    return {
        "q": rng.normal(0.0, 1.0, size=(n, tq, d)),
        "k": rng.normal(0.0, 1.0, size=(n, tk, d)),
        "v": rng.normal(0.0, 1.0, size=(n, tk, d)),
        "mask": mask,
        "dout": rng.normal(0.0, 1.0, size=(n, tq, d)),
    }


def _sizes(rng):
    """N, Tq, Tk, d with Tq, Tk and d all different."""
    n = int(rng.integers(1, 4))
    tq = int(rng.integers(2, 7))
    tk = int(rng.choice([s for s in range(2, 8) if s != tq]))
    d = int(rng.choice([s for s in range(2, 9) if s not in (tq, tk)]))
    return n, tq, tk, d
