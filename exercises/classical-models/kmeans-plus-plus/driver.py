"""How the grader calls the seeding: with a generator made from the case's seed.

Besides the centers and indices, a `rule:` output says whether the generator ends where the
protocol's draws leave it (one rng.integers(N), then one rng.choice per further center):
its whole state is compared with a twin's, buffered bits included. rng.integers(N) leaves
PCG64 holding half of a 64-bit word, which serves a later small draw (a stray coin flip)
without moving the 128-bit state, so the next 64-bit draw alone would not show it. A statistics case
(`trials` > 0) also seeds k = 2 on the same points `trials` times, seeds seed..seed+trials-1,
and reports the (first, second) index pairs for the chi-square check in support.py.

Before the reported call, the driver makes a decoy call: other values of X's shape (a
sibling case, written into the very array the real call gets, then restored), with a
generator of its own. A distance table or result kept in the module under a key other
than the values (the shape, the id of X) is then stale for the reported call. Every call
gets a read-only view of X, so X written into and restored before returning raises at the
write instead of passing unseen.
"""
import numpy as np


def _read_only(value):
    if isinstance(value, np.ndarray):
        view = value.view()
        view.flags.writeable = False
        return view
    return value


def _decoy(impl, X, k, seed):
    """One call on other values of X (written into X, restored afterwards); its outcome is not graded."""
    from mlfun.grader.stateful import sibling

    if not (isinstance(X, np.ndarray) and X.flags.writeable):
        return
    saved = X.copy()
    try:
        X[...] = sibling(saved)
        impl.kmeans_plus_plus(_read_only(X), k, np.random.default_rng(seed + 104729))
    except Exception:
        pass
    finally:
        X[...] = saved


RULE = "rule: draws rng.integers(N), then one rng.choice(N, p=...) per further center, and nothing else"


def _drew_as_the_protocol(rng, seed, N, k):
    twin = np.random.default_rng(seed)
    twin.integers(N)
    for _ in range(k - 1):
        twin.choice(N, p=np.full(N, 1.0 / N))
    return rng.bit_generator.state == twin.bit_generator.state


def run(impl, X, k, seed, trials=0):
    _decoy(impl, X, k, seed)
    rng = np.random.default_rng(seed)
    centers, indices = impl.kmeans_plus_plus(_read_only(X), k, rng)
    out = {"centers": centers, "indices": indices, RULE: _drew_as_the_protocol(rng, seed, X.shape[0], k)}
    if trials:
        pairs = [impl.kmeans_plus_plus(_read_only(X), 2, np.random.default_rng(seed + t))[1] for t in range(trials)]
        out["pairs"] = np.array([[int(p[0]), int(p[1])] for p in pairs], dtype=np.int64)
    return out
