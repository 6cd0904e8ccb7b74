"""How the grader calls permutation_test.

Ordinary cases: once, with a generator made from the case's seed; the `rule:` output says
whether the generator ends where B calls of rng.permutation(nx + ny) leave it (no other
draw). The null case: the learner's test on `null_sets` data sets whose two groups come from
one distribution (drawn here from the seed); checks.py counts how often p <= 0.05.
"""
import numpy as np


def _only_permutations(rng, seed, size, B):
    twin = np.random.default_rng(seed)
    for _ in range(B):
        twin.permutation(size)
    return rng.bit_generator.state == twin.bit_generator.state    # whole state: a buffered 32-bit word too


def run(impl, x, y, B, seed, null_sets=0):
    if null_sets:
        return _null(impl, x, y, B, seed, null_sets)
    rng = np.random.default_rng(seed)
    p = impl.permutation_test(x, y, B, rng)
    return {"p": p, "rule: draws only rng.permutation(nx + ny), B times": _only_permutations(rng, seed, len(x) + len(y), B)}


def _null(impl, x, y, B, seed, sets):
    data = np.random.default_rng(seed)
    ps = np.empty(sets)
    for k in range(sets):
        a = np.round(x + data.normal(0.0, 2.0, len(x)))
        b = np.round(y + data.normal(0.0, 2.0, len(y)))
        ps[k] = impl.permutation_test(a, b, B, np.random.default_rng([seed, k]))
    return {"p": ps}
