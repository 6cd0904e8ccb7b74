# rng.multinomial through operator.methodcaller with a name built from pieces.
# expect: operator.methodcaller looks methods up by name
import operator

import numpy as np


def sample_categorical(p, n, rng):
    counts = operator.methodcaller("multi" + "nomial", n, p)(rng)
    return np.repeat(np.arange(len(p)), counts)
