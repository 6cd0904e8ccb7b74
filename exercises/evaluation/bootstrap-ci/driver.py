"""How the grader calls bootstrap_ci.

Ordinary cases: once, with a generator made from the case's seed. The `rule:` output says
whether the learner drew exactly what the contract names: after the call, the learner's
generator must be where a second generator from the same seed is after the one draw
rng.integers(0, n, size=(B, n)).

The coverage case: the learner's function on 300 data sets of n = 40 normal samples (drawn
here, from the case's seed), B = 400, alpha = 0.1; checks.py counts how often the interval
holds the true mean.
"""
import numpy as np


def _one_draw_only(rng, seed, n, B):
    twin = np.random.default_rng(seed)
    twin.integers(0, n, size=(B, n))
    return rng.bit_generator.state == twin.bit_generator.state    # whole state: a buffered 32-bit word too


def run(impl, x, B, alpha, seed, coverage_sets=0, true_mean=0.0):
    if coverage_sets:
        return _coverage(impl, x, B, alpha, seed, coverage_sets)
    rng = np.random.default_rng(seed)
    lo, hi = impl.bootstrap_ci(x, B, alpha, rng)
    return {"lo": lo, "hi": hi,
            "rule: draws only rng.integers(0, n, size=(B, n))": _one_draw_only(rng, seed, len(x), B)}


def _coverage(impl, x, B, alpha, seed, sets):
    """Intervals of `sets` data sets shaped like x, each its own normal sample."""
    data = np.random.default_rng(seed)
    los, his = np.empty(sets), np.empty(sets)
    for k in range(sets):
        sample = x + data.normal(0.0, 1.0, len(x))
        los[k], his[k] = impl.bootstrap_ci(sample, B, alpha, np.random.default_rng([seed, k]))
    return {"lo": los, "hi": his}
