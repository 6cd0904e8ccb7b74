"""Hidden cases of one gradient-boosting step.

Residuals are O(1). Their only ties are exact ones (a duplicated column, a constant
column, constant residuals): in the other cases the best SSE beats every other candidate
by more than 1e-6 SST, far outside the 1e-9 SST tie tolerance, so the choice does not
depend on how SSE is rounded. Layouts are set per group.
"""
import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _sse(v):
    return float(np.sum((v - v.mean()) ** 2))


def _candidate_sses(X, r):
    out = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            left = X[:, j] <= (a + b) / 2
            out.append(_sse(r[left]) + _sse(r[~left]))
    return np.array(out)


def _clear_winner(X, r, exact_ties_allowed=False):
    sses = np.sort(_candidate_sses(X, r))
    sst = _sse(r)
    if exact_ties_allowed:
        sses = np.unique(sses.round(12))
    return len(sses) < 2 or sses[1] - sses[0] > 1e-6 * sst


def _problem(rng, N, d):
    """Targets that depend on one or two features, and a current prediction that explains
    part of them, so the residuals are neither y nor noise."""
    while True:
        X = rng.normal(0.0, 1.0, size=(N, d))
        a, b = rng.choice(d, size=2, replace=d < 2)
        y = 2.0 * np.tanh(2 * X[:, a]) + X[:, b] + 0.3 * rng.normal(size=N)
        pred = 0.5 * y + rng.normal(0.0, 0.5, size=N)
        if _clear_winner(X, y - pred) and _clear_winner(X, y) and _clear_winner(X, pred - y):
            return X, y, pred


def random_problem(rng):
    N, d = int(rng.integers(20, 41)), int(rng.integers(2, 5))
    X, y, pred = _problem(rng, N, d)
    return {"X": _fortran(X), "y": _strided(y), "pred": pred, "learning_rate": float(rng.uniform(0.05, 0.9))}


def integer_features(rng):
    """Few distinct values per feature: many points share a value and go to one side together."""
    while True:
        N, d = int(rng.integers(15, 30)), int(rng.integers(2, 4))
        X = rng.integers(0, 5, size=(N, d)).astype(np.float64)
        y = X[:, 0] - 0.5 * X[:, -1] + rng.normal(0.0, 0.5, size=N)
        pred = rng.normal(0.0, 0.5, size=N)
        if _clear_winner(X, y - pred) and _clear_winner(X, y):
            return {"X": _strided(X), "y": y, "pred": _strided(pred),
                    "learning_rate": float(rng.uniform(0.05, 0.9))}


def duplicate_columns(rng):
    """Column 0 is constant (no candidate) and the best column appears twice: the exact tie
    goes to the lower feature."""
    while True:
        N = int(rng.integers(15, 30))
        X, y, pred = _problem(rng, N, 2)
        X = np.stack([np.full(N, 0.7), X[:, 0], X[:, 0], X[:, 1]], axis=1)
        r = y - pred
        sses = _candidate_sses(X, r)
        j_best = int(np.argmin(sses))
        if j_best < N - 1 and _clear_winner(X, r, exact_ties_allowed=True):
            return {"X": _fortran(X), "y": y, "pred": pred, "learning_rate": float(rng.uniform(0.05, 0.9))}


def _splits(X):
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            yield j, X[:, j] <= (a + b) / 2


def _rounded_sses(X, r):
    """Every candidate's SSE as common formulas round it: {formula: values in tie order}."""
    total, squares = r.sum(), np.sum(r * r)
    out = {}
    for j, left in _splits(X):
        L, R = r[left], r[~left]
        o = np.argsort(X[:, j], kind="stable")
        cum = np.cumsum(r[o])[left.sum() - 1]
        for name, value in (("sum (r - mean)^2", np.sum((L - L.mean()) ** 2) + np.sum((R - R.mean()) ** 2)),
                            ("n var", L.size * np.var(L) + R.size * np.var(R)),
                            ("sum r^2 - S^2/n", squares - L.sum() ** 2 / L.size - (total - L.sum()) ** 2 / R.size),
                            ("sorted cumulative sums", squares - cum ** 2 / L.size - (total - cum) ** 2 / R.size),
                            ("sum r^2 - n mean^2", np.sum(L ** 2) - L.size * L.mean() ** 2
                             + np.sum(R ** 2) - R.size * R.mean() ** 2)):
            out.setdefault(name, []).append(value)
    return out


def constant_residuals(rng):
    """y − pred is the same number everywhere (up to the rounding of y − pred): every split
    has SSE 0 up to rounding, so the first threshold of the first feature wins, with both
    leaves equal to that number. Redrawn until, under every formula of _rounded_sses, the
    rounding noise is not smallest at the first candidate: a strict argmin, or a tolerance
    relative to the smallest SSE, takes another split."""
    while True:
        N, d = int(rng.integers(8, 20)), int(rng.integers(2, 4))
        X = rng.normal(size=(N, d))
        pred = rng.normal(size=N)
        y = pred + float(rng.uniform(0.5, 2.0))
        if all(int(np.argmin(v)) != 0 for v in _rounded_sses(X, y - pred).values()):
            return {"X": _strided(X), "y": y, "pred": pred, "learning_rate": float(rng.uniform(0.05, 0.9))}


def full_step(rng):
    """learning_rate = 1: the whole stump is added."""
    N, d = int(rng.integers(15, 30)), int(rng.integers(2, 4))
    X, y, pred = _problem(rng, N, d)
    return {"X": X, "y": y, "pred": _fortran(pred), "learning_rate": 1.0}


def two_points(rng):
    X = rng.normal(size=(2, int(rng.integers(2, 4))))
    y = rng.normal(size=2)
    return {"X": _fortran(X), "y": y, "pred": np.array([0.25, -0.5]), "learning_rate": 0.3}


def one_feature(rng):
    N = int(rng.integers(10, 25))
    X, y, pred = _problem(rng, N, 1)
    return {"X": _strided(X), "y": y, "pred": pred, "learning_rate": float(rng.uniform(0.05, 0.9))}
