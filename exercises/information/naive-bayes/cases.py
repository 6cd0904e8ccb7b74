"""Hidden training and test sets for Bernoulli naive Bayes.

Each class c has its own feature probabilities; X rows are drawn from their class's
Bernoulli distributions. Test points are kept only when no two classes are nearly tied
(within 1e-7) under the correct scores, under the scores that ignore absent features, and
under unsmoothed scores when those are finite: a near-tie would let the rounding of a
differently ordered sum pick either label. Exact ties come only from classes with
identical training data, which every implementation scores identically (the tie group
uses D = 2, where even a matrix product sums in one possible order).

Groups with small D run under errstate 'raise': unsmoothed parameters of 0 or 1 then make
ln 0 an error in every implementation. The many-features group (D in the thousands) runs
without it: there every count lies strictly inside (0, N_c), so unsmoothed logs are
finite, and each class's likelihood is a product of over 1000 factors <= 0.5, exactly 0.0
in float64 in any order, so a linear-space prediction is 0 for every class (label 0) while
the log-space answer is not always 0. Its test points are uniformly random bits, so that
about half of the D factors of every class are <= 0.5.
"""
import numpy as np

TIE = 1e-7


def _fit(X, y, C, alpha):
    sizes = np.bincount(y, minlength=C).astype(float)
    ones = np.stack([X[y == c].sum(axis=0) for c in range(C)]).astype(float)
    return np.log(sizes / len(y)), ones, sizes, (ones + alpha) / (sizes[:, None] + 2 * alpha)


def _score_rules(X, y, C, alpha, Xt):
    """Score matrices (M, C) under every rule a submission might follow."""
    log_prior, ones, sizes, theta = _fit(X, y, C, alpha)
    Xt = Xt.astype(float)
    rules = [log_prior + Xt @ np.log(theta).T + (1 - Xt) @ np.log1p(-theta).T,   # the reference
             log_prior + Xt @ np.log(theta).T]                                    # absent features ignored
    raw = ones / sizes[:, None]
    if np.all((raw > 0) & (raw < 1)):                                             # unsmoothed, when finite
        rules.append(log_prior + Xt @ np.log(raw).T + (1 - Xt) @ np.log1p(-raw).T)
    return rules, theta, log_prior


def _rows_sorted(rows):
    return rows[np.lexsort(rows.T[::-1])] if len(rows) else rows


def _identical_classes(X, y, C):
    """same[a, b]: classes a and b have exactly the same multiset of training rows."""
    rows = [_rows_sorted(X[y == c]) for c in range(C)]
    return np.array([[rows[a].shape == rows[b].shape and np.array_equal(rows[a], rows[b])
                      for b in range(C)] for a in range(C)])


def _untied(X, y, C, alpha, Xt):
    """Boolean mask of test rows with no near-tie at the top under any scoring rule."""
    rules, _, _ = _score_rules(X, y, C, alpha, Xt)
    same = _identical_classes(X, y, C)
    keep = np.ones(len(Xt), dtype=bool)
    for scores in rules:
        for m, row in enumerate(scores):
            best = int(np.argmax(row))
            close = np.flatnonzero(row >= row[best] - TIE * (1 + abs(row[best])))
            if not all(same[best, c] for c in close):
                keep[m] = False
    return keep


def _draw_class_data(rng, C, D, sizes, low=0.05, high=0.95):
    theta = rng.uniform(low, high, size=(C, D))
    y = np.repeat(np.arange(C), sizes)
    rng.shuffle(y)
    X = (rng.random((len(y), D)) < theta[y]).astype(np.int64)
    return theta, X, y


def _test_points(rng, theta, M):
    C, D = theta.shape
    labels = rng.integers(C, size=M)
    return (rng.random((M, D)) < theta[labels]).astype(np.int64)


def _finish(rng, X, y, C, alpha, Xt, as_float):
    Xt = Xt[_untied(X, y, C, alpha, Xt)]
    cast = (lambda a: a.astype(np.float64)) if as_float else (lambda a: a)
    return {"X": cast(X), "y": y, "num_classes": C, "alpha": alpha, "X_test": cast(Xt)}


def _sizes(rng, C, low, high):
    return rng.integers(low, high + 1, size=C)


def _random(rng, alpha):
    C = int(rng.integers(2, 5))
    D = int(rng.integers(5, 16))
    theta, X, y = _draw_class_data(rng, C, D, _sizes(rng, C, 12, 40))
    Xt = _test_points(rng, theta, int(rng.integers(20, 41)))
    return _finish(rng, X, y, C, alpha, Xt, as_float=bool(rng.integers(2)))


def random_data(rng):
    return _random(rng, float(rng.choice([1.0, 0.5, 2.0, 0.1])))


def default_alpha(rng):
    case = _random(rng, 1.0)
    case["alpha"] = None                                 # the driver then leaves alpha out
    return case


def unseen_features(rng):
    """Some feature never on in some class, another always on: unsmoothed, one feature vetoes a class."""
    C = int(rng.integers(2, 5))
    D = int(rng.integers(6, 14))
    theta, X, y = _draw_class_data(rng, C, D, _sizes(rng, C, 8, 20), low=0.2, high=0.8)
    never, always = rng.choice(D, size=2, replace=False)
    c_never, c_always = int(rng.integers(C)), int(rng.integers(C))
    X[y == c_never, never] = 0
    X[y == c_always, always] = 1
    Xt = _test_points(rng, theta, int(rng.integers(20, 41)))
    Xt[: len(Xt) // 2, never] = 1                       # half the test points have the unseen feature
    alpha = float(rng.choice([1.0, 0.5]))
    return _finish(rng, X, y, C, alpha, Xt, as_float=bool(rng.integers(2)))


def identical_classes(rng):
    """Two classes with exactly the same training rows: every test point ties between them."""
    C = 3
    D = 2
    while True:
        theta, X, y = _draw_class_data(rng, C, D, _sizes(rng, C, 8, 20), low=0.2, high=0.8)
        a, b = sorted(int(v) for v in rng.choice(C, size=2, replace=False))
        X = np.concatenate([X[y != b], X[y == a]])                   # b gets a copy of a's rows
        y = np.concatenate([y[y != b], np.full(int((y == a).sum()), b)])
        order = rng.permutation(len(y))
        X, y = X[order], y[order]
        Xt = np.array([[0, 0], [0, 1], [1, 0], [1, 1]] * 3, dtype=np.int64)
        case = _finish(rng, X, y, C, 1.0, Xt, as_float=False)
        labels = np.argmax(_score_rules(X, y, C, 1.0, case["X_test"])[0][0], axis=1)
        if len(case["X_test"]) >= 6 and np.any(labels == a):          # the tie decides some label
            return case


def many_features(rng):
    """D in the thousands: the product of the likelihoods is 0.0 for every class."""
    C = int(rng.integers(2, 5))
    D = int(rng.integers(2500, 3501))
    while True:
        theta, X, y = _draw_class_data(rng, C, D, _sizes(rng, C, 15, 30), low=0.2, high=0.8)
        for c in range(C):                               # every count strictly inside (0, N_c)
            rows = np.flatnonzero(y == c)
            counts = X[rows].sum(axis=0)
            X[rows[0], counts == 0] = 1
            X[rows[0], counts == len(rows)] = 0
        Xt = rng.integers(0, 2, size=(int(rng.integers(20, 41)), D))    # about D/2 factors <= 0.5 each
        case = _finish(rng, X, y, C, 1.0, Xt, as_float=True)
        _, _, _, fitted = _fit(X, y, C, 1.0)
        Xt = case["X_test"]
        factors = np.where(Xt[:, None, :] == 1, fitted[None], 1 - fitted[None])   # (M, C, D)
        # each factor <= 0.5 at least halves a running product (values never grow, as every factor
        # is <= 1), and 1100 halvings take any float64 from 1 to exactly 0.0: the order is irrelevant
        enough_small = np.all((factors <= 0.5).sum(axis=2) >= 1100)
        labels = np.argmax(_score_rules(X, y, C, 1.0, Xt)[0], axis=1)
        if enough_small and len(Xt) >= 10 and np.any(labels != 0):
            return case
