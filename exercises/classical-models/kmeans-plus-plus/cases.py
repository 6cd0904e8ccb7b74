"""Hidden cases of k-means++ seeding. Each case carries the seed of the generator the driver
makes, so the indices are graded exactly. Layouts are set per group (Fortran order, strided
views), so every seed meets both."""
import numpy as np

FIVE_POINTS = [[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 1.0], [-1.5, -1.0]]


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _seed(rng):
    return int(rng.integers(0, 2 ** 31 - 1))


def _distinct_rows(X):
    return len({tuple(row) for row in X})


def random_points(rng):
    """Many picks (k = 5..8), so measuring D^2 to the newest center only shows."""
    N, d = int(rng.integers(15, 31)), int(rng.integers(2, 5))
    X = rng.normal(0.0, 3.0, size=(N, d))
    return {"X": _fortran(X), "k": int(rng.integers(5, 9)), "seed": _seed(rng)}


def repeated_rows(rng):
    """Rows repeat: a chosen point's duplicates have D^2 = 0 and are never chosen. k equals
    the number of distinct rows, so the last picks are forced among the few left."""
    distinct, d = int(rng.integers(4, 7)), int(rng.integers(1, 4))
    base = rng.normal(0.0, 2.0, size=(distinct, d))
    X = base[np.concatenate([np.arange(distinct), rng.integers(0, distinct, size=int(rng.integers(6, 15)))])]
    X = X[rng.permutation(X.shape[0])]
    return {"X": _strided(X), "k": distinct, "seed": _seed(rng)}


def single_center(rng):
    N, d = int(rng.integers(3, 12)), int(rng.integers(2, 4))
    return {"X": rng.normal(size=(N, d)), "k": 1, "seed": _seed(rng)}


def every_point(rng):
    """k = N distinct points: after k - 1 picks a single point is left with D^2 > 0."""
    N, d = int(rng.integers(4, 8)), int(rng.integers(2, 4))
    return {"X": _fortran(rng.normal(0.0, 2.0, size=(N, d))), "k": N, "seed": _seed(rng)}


def one_feature(rng):
    N = int(rng.integers(8, 20))
    X = rng.uniform(-5.0, 5.0, size=(N, 1))
    return {"X": _strided(X), "k": int(rng.integers(3, 6)), "seed": _seed(rng)}


def _expansion_goes_negative(X, i):
    """Whether |x|^2 - 2 x.c + |c|^2 to the center c = X[i] has a negative entry."""
    c = X[i]
    return bool(np.any((X ** 2).sum(axis=1) - 2 * X @ c + c @ c < 0))


def far_from_origin(rng):
    """Points near 1e8, one unit apart, with repeated rows. Coordinate differences are exact
    here, but the expansion |x|^2 - 2 x.c + |c|^2 loses every digit (|x|^2 is 1e16, its
    rounding error about 1): it turns the distances of a chosen point and its duplicates into
    values of either sign, which rng.choice refuses, and scrambles all the others. The seed is
    chosen so that the first pick is a point where the expansion goes negative."""
    while True:
        distinct, d = int(rng.integers(5, 9)), int(rng.integers(2, 4))
        base = 1e8 + rng.normal(0.0, 1.0, size=(distinct, d))
        X = base[np.concatenate([np.arange(distinct), rng.integers(0, distinct, size=6)])]
        X = X[rng.permutation(X.shape[0])]
        for _ in range(50):
            seed = _seed(rng)
            if _expansion_goes_negative(X, int(np.random.default_rng(seed).integers(X.shape[0]))):
                return {"X": X, "k": distinct, "seed": seed}


def second_center_statistics(rng):
    """3000 seedings with k = 2 on five fixed points, for the chi-square check."""
    return {"X": np.array(FIVE_POINTS), "k": 2, "seed": _seed(rng) // 2, "trials": 3000}
