"""Hidden cases: scores x for the softmax and (q, K, V) for attention, with every case's V
scaled so that max |V| = 1 (the attention tolerance 1e-12 max|V| is then 1e-12).
Non-contiguous arrays are views (every other element, or a transposed memory order)."""
import numpy as np


def _strided(a, rng):
    """The same values as a non-contiguous view."""
    if a.ndim == 2 and rng.random() < 0.5:
        return np.asfortranarray(a)
    big = np.empty(a.shape[:-1] + (2 * a.shape[-1],))
    big[..., ::2] = a
    return big[..., ::2]


def _attention(rng, nk, d, dv, score_size=3.0, growing=False):
    q = rng.standard_normal(d)
    K = rng.standard_normal((nk, d))
    if growing:   # scores that rise from block to block: K rows along q, ever longer
        K = np.outer(np.linspace(0.2, 2.0, nk), q / np.linalg.norm(q)) + 0.05 * K
    scores = K @ q / np.sqrt(d)
    q = q * (score_size / np.abs(scores).max())
    V = rng.uniform(-1.0, 1.0, size=(nk, dv))
    V /= np.abs(V).max()
    return {"q": _strided(q, rng), "K": _strided(K, rng), "V": _strided(V, rng)}


def _case(rng, x, block_size, nk=None, **attention):
    nk = nk or int(rng.integers(3, 30))
    return {"x": _strided(x, rng), "block_size": int(block_size),
            **_attention(rng, nk, int(rng.integers(2, 7)), int(rng.integers(2, 6)), **attention)}


def rows(rng):
    R, n = int(rng.integers(2, 6)), int(rng.integers(7, 40))
    return _case(rng, 3.0 * rng.standard_normal((R, n)), rng.integers(2, n))


def vector(rng):
    n = int(rng.integers(7, 40))
    return _case(rng, 3.0 * rng.standard_normal(n), rng.integers(2, n))


def growing_maxima(rng):
    """Every block's maximum is larger than all before it: the running sum must be rescaled
    at every block."""
    R, n = int(rng.integers(2, 5)), int(rng.integers(12, 40))
    x = 0.7 * np.arange(n) + 0.3 * rng.standard_normal((R, n))
    nk = int(rng.integers(12, 30))
    return _case(rng, x, rng.integers(2, 5), nk=nk, score_size=20.0, growing=True)


def huge_entries(rng):
    """Entries up to +-1e4: exp without a shift by the maximum overflows."""
    R, n = int(rng.integers(2, 5)), int(rng.integers(8, 30))
    x = rng.uniform(-1e4, 1e4, size=(R, n))
    return _case(rng, x, rng.integers(2, n), score_size=1e4)


def block_of_one(rng):
    R, n = int(rng.integers(2, 5)), int(rng.integers(5, 15))
    return _case(rng, 3.0 * rng.standard_normal((R, n)), 1)


def block_longer_than_row(rng):
    n = int(rng.integers(3, 12))
    return _case(rng, 3.0 * rng.standard_normal((int(rng.integers(2, 5)), n)), n + int(rng.integers(1, 5)), nk=n)


def single_entry(rng):
    """One row of one entry, one key: softmax 1, attention = V."""
    return _case(rng, 3.0 * rng.standard_normal(1), 1, nk=1)
