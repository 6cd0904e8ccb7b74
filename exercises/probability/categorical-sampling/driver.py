"""How the grader calls a sampler: twice, each time with a fresh generator from the same seed.

The two runs must agree exactly (every random number comes from `rng`); the samples of the
first run are tested statistically by the checks in support.py.
"""
import numpy as np


def run(sampler, p, n, seed):
    samples = sampler.sample_categorical(p, n, np.random.default_rng(seed))
    again = sampler.sample_categorical(p, n, np.random.default_rng(seed))
    return {"samples": samples, "again": again}
