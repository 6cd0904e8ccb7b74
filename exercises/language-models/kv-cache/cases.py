"""kv-cache cases: a sequence x (N, T, D) decoded position by position, and projections
(D, d) scaled so that the scores are of order 1 (neither flat nor saturated)."""
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


def sequence(rng):
    n, t, D, d = (int(v) for v in rng.permutation(np.arange(2, 8))[:4])
    scale = 1.3 / (D * d) ** 0.25
    inputs = {"x": _view(rng, rng.normal(0.0, 1.0, size=(n, t, D)))}
    for name in ("Wq", "Wk", "Wv"):
        inputs[name] = _view(rng, rng.normal(0.0, scale, size=(D, d)))
    return inputs


def large_scores(rng):
    """Scores q·k/√d in the thousands (Wq rescaled so that the largest one a position may see,
    itself included, is between 1500 and 3000): exp overflows float64 past 709 unless the
    softmax subtracts the row maximum first. Keys and values stay of order 1."""
    n, t, D, d = (int(v) for v in rng.permutation(np.arange(2, 8))[:4])
    scale = 1.3 / (D * d) ** 0.25
    inputs = {"x": rng.normal(0.0, 1.0, size=(n, t, D))}
    for name in ("Wq", "Wk", "Wv"):
        inputs[name] = rng.normal(0.0, scale, size=(D, d))
    q, k = inputs["x"] @ inputs["Wq"], inputs["x"] @ inputs["Wk"]
    scores = np.einsum("nte,nse->nts", q, k) / np.sqrt(d)
    largest = np.abs(scores[:, np.tril(np.ones((t, t), dtype=bool))]).max()
    inputs["Wq"] = inputs["Wq"] * (rng.uniform(1500.0, 3000.0) / largest)
    return inputs
