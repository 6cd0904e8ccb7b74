"""Batches with padding: right padding (mask[:, t] True, mask[:, t+1] False at the end of a
sequence), left padding (the reverse at its start), scattered masks and huge logits."""
import numpy as np


def _sizes(rng):
    n, t, v = rng.choice(np.arange(2, 10), size=3, replace=False)
    return int(n), int(t), int(v)


def _batch(rng, n, t, v, scale=2.0):
    return {"logits": rng.normal(0.0, scale, size=(n, t, v)),
            "tokens": rng.integers(0, v, size=(n, t)).astype(np.int64),
            "loss_value": float(rng.uniform(0.3, 6.0)),
            "bytes_per_token": float(rng.uniform(1.0, 6.0))}


def _lengths(rng, n, t):
    """Real lengths 1..t, one row full and one row of length 1 (no counted prediction)."""
    lengths = rng.integers(1, t + 1, size=n)
    lengths[0], lengths[-1] = t, 1
    return rng.permutation(lengths)


def right_padding(rng):
    n, t, v = _sizes(rng)
    case = _batch(rng, n, t, v)
    case["mask"] = np.arange(t)[None, :] < _lengths(rng, n, t)[:, None]
    return case


def left_padding(rng):
    n, t, v = _sizes(rng)
    case = _batch(rng, n, t, v)
    case["mask"] = np.arange(t)[None, :] >= t - _lengths(rng, n, t)[:, None]
    return case


def scattered_mask(rng):
    """Any pattern, with at least one counted prediction."""
    n, t, v = _sizes(rng)
    case = _batch(rng, n, t, v)
    mask = rng.random((n, t)) < 0.6
    mask[int(rng.integers(n)), int(rng.integers(1, t))] = True
    case["mask"] = mask
    return case


def huge_logits(rng):
    """Logits of magnitude up to 1e4 with left padding: exp overflows without the max shift."""
    case = left_padding(rng)
    n, t, v = case["logits"].shape
    case["logits"] = rng.uniform(-1e4, 1e4, size=(n, t, v))
    return case


def transposed_logits(rng):
    """Right padding, with logits as a non-contiguous view."""
    case = right_padding(rng)
    case["logits"] = np.ascontiguousarray(case["logits"].transpose(2, 1, 0)).transpose(2, 1, 0)
    return case
