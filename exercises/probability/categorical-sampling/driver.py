"""How the grader calls a sampler: twice, each time with a fresh generator from the same seed.

The two runs must agree exactly (every random number comes from `rng`); the samples of the
first run are tested statistically by the checks in support.py. With `edges`, the generator's
first two numbers are the ends of [0, 1): 0.0 and 1 - 2**-53 (then ordinary ones).
"""
import numpy as np

M64, M128 = (1 << 64) - 1, (1 << 128) - 1
PCG_MULT = (2549297995355413924 << 64) + 4865540595714422341     # PCG64's 128-bit multiplier


def edge_generator(seed):
    """A PCG64 generator whose first doubles are 0.0 and 1 - 2**-53. PCG64 steps its state
    s -> s * PCG_MULT + inc, then outputs rotr(hi ^ lo): hi == lo gives 0 (u = 0.0), hi ^ lo all
    ones gives 2**64 - 1 (u = (2**53 - 1) / 2**53). Choose those two states, solve for inc (it
    must be odd) and step back once from the first."""
    s1 = (seed << 64) | seed
    for g in range(seed + 1, seed + 3):
        s2 = (g << 64) | (~g & M64)
        inc = (s2 - s1 * PCG_MULT) & M128
        if inc & 1:
            break
    s0 = ((s1 - inc) * pow(PCG_MULT, -1, 1 << 128)) & M128
    bits = np.random.PCG64()
    bits.state = {"bit_generator": "PCG64", "state": {"state": s0, "inc": inc}, "has_uint32": 0, "uinteger": 0}
    return np.random.Generator(bits)


def run(sampler, p, n, seed, edges=False):
    make = edge_generator if edges else np.random.default_rng
    samples = sampler.sample_categorical(p, n, make(seed))
    again = sampler.sample_categorical(p, n, make(seed))
    return {"samples": samples, "again": again}
