# expect: not the slot of the uniform number
# not random at all: returns each category round(n*p[k]) times (largest-remainder fix-up), 
# shuffled by rng.permutation
import numpy as np


def sample_categorical(p, n, rng):
    exact = np.asarray(p) * n
    counts = np.floor(exact).astype(int)
    rest = n - counts.sum()
    counts[np.argsort(exact - counts)[::-1][:rest]] += 1
    out = np.repeat(np.arange(len(p)), counts)
    return rng.permutation(out)
