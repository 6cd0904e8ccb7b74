"""How the grader calls the seeding: with a generator made from the case's seed.

Besides the centers and indices, the driver reports `next_draw`, the next number the
generator gives after the call: a program that draws anything more than the protocol's
draws (an extra rng.random, a shuffle) leaves the generator elsewhere. A statistics case
(`trials` > 0) also seeds k = 2 on the same points `trials` times, seeds seed..seed+trials-1,
and reports the (first, second) index pairs for the chi-square check in support.py.
"""
import numpy as np


def _seed_once(impl, X, k, seed):
    rng = np.random.default_rng(seed)
    centers, indices = impl.kmeans_plus_plus(X, k, rng)
    return centers, indices, int(rng.integers(2 ** 62))


def run(impl, X, k, seed, trials=0):
    centers, indices, next_draw = _seed_once(impl, X, k, seed)
    out = {"centers": centers, "indices": indices, "next_draw": next_draw}
    if trials:
        pairs = [impl.kmeans_plus_plus(X, 2, np.random.default_rng(seed + t))[1] for t in range(trials)]
        out["pairs"] = np.array([[int(p[0]), int(p[1])] for p in pairs], dtype=np.int64)
    return out
