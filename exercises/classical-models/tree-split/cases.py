"""Hidden cases of the root split of a classification tree.

The rounding-tie cases exist for the 1e-12 tie rule: two features whose splits have
mathematically equal weighted Gini (their class counts are permutations of each other:
feature 1 of each point is feature 0 of a partner point whose label is 0 <-> 2 swapped),
redrawn until, computed in float64, the later candidate comes out strictly lower. Without
the tolerance the answer then depends on how the impurity is rounded.

That construction only reorders the same class counts, which many formulas round alike
(the counts form 1 − (Σ n_Lc²/n_L + Σ n_Rc²/n_R)/N is then exact). The equal-impurity cases
use splits with *different* class counts and exactly equal impurity (checked in rational
arithmetic), one per feature, redrawn until every common way of writing the weighted Gini
has its strict minimum at a later feature: no strict argmin passes, however it rounds.

The near-tie cases are the other side of the rule: the first feature's split is worse than
the second's by 2e-11 to 5e-10 (exactly, in rational arithmetic), so a tie tolerance looser
than the contract's 1e-12 (1e-9, 1e-6, a relative one) takes the first feature.
"""
import functools
from fractions import Fraction

import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _impurities(X, y):
    """Every candidate's weighted Gini, as the reference rounds it: (value, feature, threshold)."""
    N, C = len(y), int(y.max()) + 1
    out = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            left = X[:, j] <= t
            parts = [y[left], y[~left]]
            g = [len(p) * (1.0 - np.sum((np.bincount(p, minlength=C) / len(p)) ** 2)) for p in parts]
            out.append(((g[0] + g[1]) / N, j, t))
    return out


def _strict_winner_is_not_first_tie(X, y):
    cands = _impurities(X, y)
    low = min(c[0] for c in cands)
    first = next(c for c in cands if c[0] <= low + 1e-12)
    strict = min(cands, key=lambda c: c[0])
    return (strict[1], strict[2]) != (first[1], first[2])


def _mirrored(rng):
    n_outer, n_middle = int(rng.integers(3, 8)), int(rng.integers(2, 8))
    y = np.array([0] * n_outer + [2] * n_outer + [1] * n_middle)
    partner = np.concatenate([np.arange(n_outer, 2 * n_outer), np.arange(n_outer),
                              2 * n_outer + rng.permutation(n_middle)])
    v0 = rng.integers(0, 6, size=y.size).astype(np.float64)
    X = np.stack([v0, v0[partner]], axis=1)
    order = rng.permutation(y.size)
    return X[order], y[order]


def rounding_ties(rng):
    while True:
        X, y = _mirrored(rng)
        if _strict_winner_is_not_first_tie(X, y):
            return {"X": _fortran(X), "y": y}


def continuous(rng):
    """Float features, three classes that depend on two of the features."""
    N, d = int(rng.integers(20, 41)), int(rng.integers(3, 6))
    X = rng.normal(0.0, 2.0, size=(N, d))
    score = X[:, int(rng.integers(0, d))] + 0.7 * rng.normal(size=N)
    y = np.digitize(score, np.quantile(score, [0.33, 0.66])).astype(np.int64)
    return {"X": _strided(X), "y": _strided(y)}


def integer_features(rng):
    """Few distinct values per feature and four classes: many equal impurities."""
    while True:
        N, d = int(rng.integers(10, 25)), int(rng.integers(2, 5))
        X = rng.integers(0, 4, size=(N, d)).astype(np.float64)
        y = rng.integers(0, 4, size=N)
        if y.max() > 0 and any(len(np.unique(X[:, j])) > 1 for j in range(d)):
            return {"X": _fortran(X), "y": y}


def constant_and_duplicate_columns(rng):
    """Column 0 is constant (no candidate); the best column appears twice, so the tie
    between the two copies goes to the lower feature index."""
    N = int(rng.integers(12, 30))
    good = rng.normal(size=N)
    y = (good + 0.3 * rng.normal(size=N) > 0).astype(np.int64)
    noise = rng.normal(size=N)
    X = np.stack([np.full(N, rng.normal()), noise, good, good], axis=1)
    return {"X": _strided(X), "y": y}


def pure_labels(rng):
    """Every label 0 (a single class): every split has impurity 0, so the first threshold of the first
    non-constant feature wins, with gain 0."""
    N, d = int(rng.integers(5, 15)), int(rng.integers(2, 4))
    X = rng.normal(size=(N, d))
    X[:, 0] = 1.5
    return {"X": X, "y": np.zeros(N, dtype=np.int64)}


def two_points(rng):
    d = int(rng.integers(2, 4))
    X = rng.normal(size=(2, d))
    return {"X": _fortran(X), "y": np.array([1, 0], dtype=np.int64)}


def one_feature(rng):
    N = int(rng.integers(8, 20))
    X = rng.uniform(-3.0, 3.0, size=(N, 1))
    y = ((X[:, 0] > rng.uniform(-1.0, 1.0)) ^ (rng.random(N) < 0.2)).astype(np.int64)
    return {"X": _strided(X), "y": y}


def _winner(X, y, impurity_of_counts):
    """(feature, threshold) minimizing the weighted impurity given by impurity_of_counts."""
    N, C = len(y), int(y.max()) + 1
    best = None
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            left = X[:, j] <= t
            score = sum(len(p) * impurity_of_counts(np.bincount(p, minlength=C) / len(p))
                        for p in (y[left], y[~left])) / N
            if best is None or score < best[0] - 1e-9:
                best = (score, j, t)
    return best[1], best[2]


def _entropy(p):
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def _error_rate(p):
    return float(1.0 - p.max())


def _gini(p):
    return float(1.0 - (p ** 2).sum())


def criterion_matters(rng):
    """Redrawn until entropy and the misclassification rate each pick another split than
    Gini does: the criterion is part of the contract."""
    while True:
        N, d = int(rng.integers(12, 30)), int(rng.integers(2, 4))
        X = rng.normal(size=(N, d)).round(1)
        y = rng.integers(0, 3, size=N)
        if y.max() == 0:
            continue
        gini = _winner(X, y, _gini)
        if gini != _winner(X, y, _entropy) and gini != _winner(X, y, _error_rate):
            return {"X": _fortran(X), "y": y}


# --- splits with different class counts and exactly equal impurity ---------------------

def _exact_impurity(a, b, n0, n1):
    """Weighted Gini of the split that sends a of the n0 zeros and b of the n1 ones left."""
    n, left = n0 + n1, a + b
    right = n - left
    return (Fraction(n) - Fraction(a * a + b * b, left) - Fraction((n0 - a) ** 2 + (n1 - b) ** 2, right)) / n


def _binary_features(rng, n0, n1, splits):
    """Labels (n0 zeros, n1 ones) and one two-valued feature per split (a, b, mirrored): a of
    the zeros and b of the ones take the feature's low value (the high one when mirrored);
    rows shuffled, low and high random."""
    y = np.array([0] * n0 + [1] * n1, dtype=np.int64)
    columns = []
    for a, b, mirrored in splits:
        low_side = np.zeros(n0 + n1, dtype=bool)
        low_side[rng.choice(n0, size=a, replace=False)] = True
        low_side[n0 + rng.choice(n1, size=b, replace=False)] = True
        if mirrored:
            low_side = ~low_side                      # the same split, its sides swapped
        low, high = np.sort(rng.normal(0.0, 2.0, size=2))
        columns.append(np.where(low_side, low, high))
    order = rng.permutation(n0 + n1)
    return np.stack(columns, axis=1)[order], y[order]


def _formulas(cl, cr):
    """The weighted Gini of one split, from its class counts, as common formulas round it."""
    cl, cr = np.asarray(cl, dtype=np.float64), np.asarray(cr, dtype=np.float64)
    nl, nr = float(cl.sum()), float(cr.sum())
    N = nl + nr
    pl, pr = cl / nl, cr / nr
    values = {}
    ginis = {"sum p**2": (1.0 - np.sum(pl ** 2), 1.0 - np.sum(pr ** 2)),
             "p @ p": (1.0 - pl @ pl, 1.0 - pr @ pr),
             "sum p(1-p)": (np.sum(pl * (1 - pl)), np.sum(pr * (1 - pr)))}
    for name, (gl, gr) in ginis.items():
        values[f"(nl gl + nr gr)/N, {name}"] = (nl * gl + nr * gr) / N
        values[f"nl/N gl + nr/N gr, {name}"] = nl / N * gl + nr / N * gr
        values[f"nl gl/N + nr gr/N, {name}"] = nl * gl / N + nr * gr / N
    values["1 - (|cl|^2/nl + |cr|^2/nr)/N"] = 1.0 - (cl @ cl / nl + cr @ cr / nr) / N
    values["(nl - |cl|^2/nl + nr - |cr|^2/nr)/N"] = (nl - cl @ cl / nl + nr - cr @ cr / nr) / N
    return values


@functools.lru_cache(maxsize=4096)
def _formulas_of_split(a, b, n0, n1, mirrored):
    """_formulas of the split that sends a zeros and b ones to one side: the left child, or
    the right one when mirrored (as _binary_features builds it)."""
    chosen, rest = (a, b), (n0 - a, n1 - b)
    return _formulas(rest, chosen) if mirrored else _formulas(chosen, rest)


def _weighted_ginis(X, y):
    """Each feature's only candidate under every formula of _formulas: {formula: (d,) values}."""
    out = {}
    for j in range(X.shape[1]):
        left = X[:, j] <= (X[:, j].min() + X[:, j].max()) / 2
        for name, value in _formulas(np.bincount(y[left], minlength=2), np.bincount(y[~left], minlength=2)).items():
            out.setdefault(name, []).append(value)
    return out


def _tied_splits(n0, n1):
    """Groups of three or more splits (a, b) with exactly equal weighted Gini, one of each
    mirrored pair: I = num/den in lowest terms, num = n·nl·nr − nr(a² + b²) − nl((n0 − a)² +
    (n1 − b)²), den = n·nl·nr, in int64 (n <= 60 keeps every product below 1e9)."""
    n = n0 + n1
    a, b = np.meshgrid(np.arange(n0 + 1), np.arange(n1 + 1), indexing="ij")
    a, b = a.ravel().astype(np.int64), b.ravel().astype(np.int64)
    nl = a + b
    nr = n - nl
    keep = (nl > 0) & (nr > 0) & ((a < n0 - a) | ((a == n0 - a) & (b <= n1 - b)))
    a, b, nl, nr = a[keep], b[keep], nl[keep], nr[keep]
    num = n * nl * nr - nr * (a * a + b * b) - nl * ((n0 - a) ** 2 + (n1 - b) ** 2)
    den = n * nl * nr
    g = np.gcd(num, den)
    _, group, sizes = np.unique(np.stack([num // g, den // g], axis=1), axis=0, return_inverse=True,
                                return_counts=True)
    group = group.ravel()
    return [list(zip(a[group == k].tolist(), b[group == k].tolist())) for k in np.flatnonzero(sizes >= 3)]


def equal_impurity_features(rng):
    """Three to six features whose only splits have different class counts and exactly equal
    impurity: the first feature is the answer, and under every formula of _formulas a later
    feature is strictly lower in float64."""
    while True:
        n0, n1 = int(rng.integers(8, 30)), int(rng.integers(8, 30))
        tied = _tied_splits(n0, n1)
        if not tied:
            continue
        for _ in range(50):                             # orderings and sides of one tied set
            members = tied[int(rng.integers(len(tied)))]
            splits = [(*members[i], bool(rng.random() < 0.5)) for i in rng.permutation(len(members))][:6]
            values = [_formulas_of_split(a, b, n0, n1, m) for a, b, m in splits]
            if all(min(v[name] for v in values[1:]) < values[0][name] for name in values[0]):
                X, y = _binary_features(rng, n0, n1, splits)
                if all(int(np.argmin(v)) != 0 for v in _weighted_ginis(X, y).values()):
                    return {"X": _fortran(X), "y": _strided(y)}


def near_tie(rng):
    """Two features, one split each: the first is worse than the second by 2e-11 to 5e-10."""
    while True:
        n0, n1 = int(rng.integers(60, 160)), int(rng.integers(60, 160))
        n = n0 + n1
        a, b = np.arange(n0 + 1)[:, None], np.arange(n1 + 1)[None, :]
        left = a + b
        valid = ((left > 0) & (left < n)).ravel()
        with np.errstate(divide="ignore", invalid="ignore"):
            impurity = ((n - (a * a + b * b) / left - ((n0 - a) ** 2 + (n1 - b) ** 2) / (n - left)) / n).ravel()
        flat = np.flatnonzero(valid)
        order = np.argsort(impurity[flat], kind="stable")
        gaps = np.diff(impurity[flat][order])
        close = np.flatnonzero((gaps > 2e-11) & (gaps < 5e-10))
        if close.size == 0:
            continue
        k = int(close[rng.integers(close.size)])
        best, worse = (divmod(int(flat[order[i]]), n1 + 1) for i in (k, k + 1))
        gap = _exact_impurity(*worse, n0, n1) - _exact_impurity(*best, n0, n1)
        if not Fraction(2, 10 ** 11) <= gap <= Fraction(5, 10 ** 10):
            continue
        X, y = _binary_features(rng, n0, n1, [(*worse, bool(rng.random() < 0.5)), (*best, bool(rng.random() < 0.5))])
        return {"X": _strided(X), "y": y}
