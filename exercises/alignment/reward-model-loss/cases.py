"""Preference pairs whose margins test each regime of the Bradley-Terry loss."""
import numpy as np


def _count(rng, low=3, high=9):
    return int(rng.integers(low, high + 1))


def equal_rewards(rng):
    """Both responses of every pair get the same reward: m = 0, so the loss is log 2 exactly
    and each gradient is -+1/(2N)."""
    r = rng.normal(0.0, 3.0, size=_count(rng))
    return {"r_chosen": r, "r_rejected": r.copy()}


def huge_margins(rng):
    """Margins of both signs up to 1e4 in size: at least one below -800 (e^-m overflows),
    one above 800 (e^m overflows), and one small one, in a random order."""
    n = _count(rng, 4, 9)
    margin = rng.choice([-1.0, 1.0], size=n) * rng.uniform(800.0, 10000.0, size=n)
    margin[:3] = [-rng.uniform(800.0, 10000.0), rng.uniform(800.0, 10000.0), rng.normal(0.0, 2.0)]
    margin = rng.permutation(margin)
    r_rejected = rng.normal(0.0, 5.0, size=n)
    return {"r_chosen": r_rejected + margin, "r_rejected": r_rejected}


def moderate_margins(rng):
    """Margins between 20 and 700 in size, of both signs: every exponential is still finite,
    but sigma(-m) is tiny for the positive ones and the loss is about -m for the negative."""
    n = _count(rng, 4, 9)
    margin = rng.choice([-1.0, 1.0], size=n) * rng.uniform(20.0, 700.0, size=n)
    margin[:2] = [-rng.uniform(20.0, 700.0), rng.uniform(20.0, 700.0)]
    margin = rng.permutation(margin)
    r_rejected = rng.normal(0.0, 2.0, size=n)
    return {"r_chosen": r_rejected + margin, "r_rejected": r_rejected}


def small_margins(rng):
    """Margins of size below 1, at least one of each sign: a branch point of the stable
    sigmoid put anywhere but 0 shows here."""
    n = _count(rng, 4, 9)
    margin = rng.uniform(-1.0, 1.0, size=n)
    margin[:2] = [-rng.uniform(0.01, 1.0), rng.uniform(0.01, 1.0)]
    margin = rng.permutation(margin)
    r_rejected = rng.normal(0.0, 2.0, size=n)
    return {"r_chosen": r_rejected + margin, "r_rejected": r_rejected}


def wide_right_margins(rng):
    """Every pair ranked right by a margin of 40 to 300 (a well-trained reward model): each
    sigma(-m) is between e^-300 and e^-40, so the largest gradient is itself tiny and the
    relative (max-norm) tolerance asks for the digits of e^-m. 1 - sigma(m) and
    (1 - tanh(m/2))/2 cancel to exactly 0 past m = 38; sigma(-m) from e^(-|m|) keeps them."""
    n = _count(rng, 3, 9)
    margin = rng.uniform(40.0, 300.0, size=n)
    r_rejected = rng.normal(0.0, 2.0, size=n)
    return {"r_chosen": r_rejected + margin, "r_rejected": r_rejected}
