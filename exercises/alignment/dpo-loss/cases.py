"""Preference pairs of sequence log-probabilities, each group one regime of z."""
import numpy as np


def _count(rng, low=3, high=9):
    return int(rng.integers(low, high + 1))


def _pairs(rng, z, beta):
    """Log-probs (negative, as sums over tokens are) whose DPO margin is exactly z / beta
    up to rounding: the reference log-probs are random, the policy moves away from them."""
    n = z.size
    ref_chosen = -rng.uniform(5.0, 80.0, size=n)
    ref_rejected = -rng.uniform(5.0, 80.0, size=n)
    shift_rejected = rng.normal(0.0, 2.0, size=n)
    margin = z / beta
    return {"policy_chosen": ref_chosen + margin + shift_rejected,
            "policy_rejected": ref_rejected + shift_rejected,
            "ref_chosen": ref_chosen, "ref_rejected": ref_rejected, "beta": beta}


def _beta(rng):
    return float(rng.choice([0.05, 0.1, 0.2, 0.5, 2.0]))


def random_pairs(rng):
    """A policy a few nats away from its reference; beta from 0.05 to 2 (never 1)."""
    n, beta = _count(rng), _beta(rng)
    return _pairs(rng, beta * rng.normal(0.0, 6.0, size=n), beta)


def default_beta(rng):
    """Random pairs with beta None: the driver leaves it out and the default 0.1 applies."""
    inputs = random_pairs(rng)
    inputs["policy_chosen"] = inputs["ref_chosen"] + rng.normal(0.0, 8.0, size=inputs["ref_chosen"].size)
    inputs["beta"] = None
    return inputs


def policy_is_reference(rng):
    """The policy equals the reference (the start of DPO training): z = 0 and the loss is log 2."""
    n = _count(rng)
    ref_chosen = -rng.uniform(5.0, 80.0, size=n)
    ref_rejected = -rng.uniform(5.0, 80.0, size=n)
    return {"policy_chosen": ref_chosen.copy(), "policy_rejected": ref_rejected.copy(),
            "ref_chosen": ref_chosen, "ref_rejected": ref_rejected, "beta": _beta(rng)}


def small_z(rng):
    """|z| below 1, at least one of each sign: a branch point of the stable sigmoid put
    anywhere but 0 shows here."""
    n, beta = _count(rng, 4, 9), _beta(rng)
    z = rng.uniform(-1.0, 1.0, size=n)
    z[:2] = [-rng.uniform(0.01, 1.0), rng.uniform(0.01, 1.0)]
    return _pairs(rng, rng.permutation(z), beta)


def moderate_z(rng):
    """|z| from 20 to 700, both signs: every exponential is finite, sigma(-z) is tiny for
    the positive ones and the loss about -z for the negative ones."""
    n, beta = _count(rng, 4, 9), _beta(rng)
    z = rng.choice([-1.0, 1.0], size=n) * rng.uniform(20.0, 700.0, size=n)
    z[:2] = [-rng.uniform(20.0, 700.0), rng.uniform(20.0, 700.0)]
    return _pairs(rng, rng.permutation(z), beta)


def huge_z(rng):
    """|z| up to 1e4: at least one z below -800 (e^-z overflows), one above 800, one small."""
    n, beta = _count(rng, 4, 9), float(rng.choice([0.5, 2.0, 5.0]))
    z = rng.choice([-1.0, 1.0], size=n) * rng.uniform(800.0, 10000.0, size=n)
    z[:3] = [-rng.uniform(800.0, 10000.0), rng.uniform(800.0, 10000.0), rng.normal(0.0, 2.0)]
    return _pairs(rng, rng.permutation(z), beta)


def wide_right_z(rng):
    """Every pair with z from 40 to 300 (the policy already prefers every chosen response by
    far): each sigma(-z) is between e^-300 and e^-40, so the largest gradient is itself tiny
    and the relative (max-norm) tolerance asks for the digits of e^-z. 1 - sigma(z) and
    (1 - tanh(z/2))/2 cancel to exactly 0 past z = 38; sigma(-z) from e^(-|z|) keeps them."""
    n, beta = _count(rng), _beta(rng)
    return _pairs(rng, rng.uniform(40.0, 300.0, size=n), beta)
