"""Scores that test stability, each group telling one numerical mistake from another."""
import numpy as np


def _sizes(rng):
    n, c = rng.choice(np.arange(2, 9), 2, replace=False)
    return int(n), int(c)


def huge_scores(rng):
    """Rows of huge scores (|x| in the thousands, either sign), the correct class close to
    the top: exp(x) overflows (or every exp underflows to 0), but every probability is a
    normal float, so only the max shift matters here."""
    n, c = _sizes(rng)
    offset = rng.choice([-1.0, 1.0], size=(n, 1)) * rng.uniform(800.0, 5000.0, size=(n, 1))
    x = offset + rng.normal(0.0, 3.0, size=(n, c))
    return {"x": x, "y": rng.integers(0, c, size=n)}


def confidently_wrong(rng):
    """Ordinary scores, except that in some rows the correct class is 760 to 1000 below
    the best one: its probability underflows to exactly 0, while its log-probability (and
    the loss) is a perfectly finite number around -900."""
    n, c = _sizes(rng)
    x = rng.normal(0.0, 2.0, size=(n, c))
    y = rng.integers(0, c, size=n)
    wrong = rng.random(n) < 0.5
    wrong[rng.integers(n)] = True
    rows = np.flatnonzero(wrong)
    x[rows, y[rows]] = x[rows].max(axis=1) - rng.uniform(760.0, 1000.0, size=rows.size)
    return {"x": x, "y": y}
