# A learner flips one extra coin after seeding ("shuffle the centers or not"), and keeps the
# order. rng.integers(N) for the first center leaves PCG64 holding half of a 64-bit word, and
# the coin is served from that half: the 128-bit state, and so the generator's next 64-bit
# draw, is where the contract's draws leave it. Only the whole state shows the stray draw.
# expect: per further center, and nothing else
import numpy as np


def kmeans_plus_plus(X, k, rng):
    N = X.shape[0]
    chosen = [int(rng.integers(N))]
    D2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(k - 1):
        idx = int(rng.choice(N, p=D2 / D2.sum()))
        chosen.append(idx)
        D2 = np.minimum(D2, ((X - X[idx]) ** 2).sum(axis=1))
    if rng.integers(0, 2) > 1:              # the stray draw; never true
        chosen.reverse()
    indices = np.array(chosen, dtype=np.int64)
    return X[indices].copy(), indices
