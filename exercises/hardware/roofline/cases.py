"""Matrix products and machines for the roofline model, placed on purpose around the ridge.

Machines (peak FLOP/s, bandwidth in bytes/s, bytes per element), real orders of magnitude:
a data-centre GPU in 16-bit (about 1e15 FLOP/s, 3.35e12 B/s), the same GPU in float32
without tensor cores (6.7e13 FLOP/s), the previous generation in 16-bit (3.12e14 FLOP/s,
2.0e12 B/s), and a laptop CPU in float32 (1e11 FLOP/s, 5e10 B/s).

Each group sits at a known place relative to the ridge, never within 1% of it (where two
correct ways of comparing, times or arithmetic intensities, could round differently),
except the group that sits EXACTLY on it with powers of two, where every way of writing
the comparison is exact.
"""
import numpy as np

MACHINES = [
    (1.0e15, 3.35e12, 2),      # data-centre GPU, bf16/fp16 tensor cores
    (6.7e13, 3.35e12, 4),      # the same GPU, float32 without tensor cores
    (3.12e14, 2.0e12, 2),      # previous-generation data-centre GPU, 16-bit
    (1.0e11, 5.0e10, 4),       # laptop CPU, float32
]


def _machine(rng):
    peak, bandwidth, nbytes = MACHINES[int(rng.integers(len(MACHINES)))]
    return peak, bandwidth, nbytes


def _ratio(M, N, K, nbytes, peak, bandwidth):
    return (2 * M * N * K / peak) / ((M * K + K * N + M * N) * nbytes / bandwidth)


def _case(M, N, K, nbytes, peak, bandwidth):
    return {"M": int(M), "N": int(N), "K": int(K), "bytes_per_element": int(nbytes),
            "peak_flops": float(peak), "bandwidth": float(bandwidth)}


def large_square(rng):
    peak, bandwidth, nbytes = _machine(rng)
    n = int(rng.integers(2048, 8193))
    return _case(n, n, n, nbytes, peak, bandwidth)


def matrix_vector(rng):
    peak, bandwidth, nbytes = _machine(rng)
    M, K = (int(v) for v in rng.integers(1024, 16385, size=2))
    if rng.random() < 0.5:
        return _case(M, 1, K, nbytes, peak, bandwidth)          # W x: one output column
    return _case(1, M, K, nbytes, peak, bandwidth)              # x W: one row of tokens


def near_ridge(rng, low, high):
    """A square product whose compute time is `low`..`high` times its memory time."""
    while True:
        peak, bandwidth, nbytes = _machine(rng)
        n = int(round(rng.uniform(low, high) * 3 * nbytes * peak / (2 * bandwidth)))
        if n >= 2 and low <= _ratio(n, n, n, nbytes, peak, bandwidth) <= high:
            return _case(n, n, n, nbytes, peak, bandwidth)


def just_above_ridge(rng):
    return near_ridge(rng, 1.2, 1.8)


def just_below_ridge(rng):
    return near_ridge(rng, 0.55, 0.85)


def token_batch(rng):
    """A batch of M tokens through a (K, N) weight matrix: either side of the ridge."""
    while True:
        peak, bandwidth, nbytes = _machine(rng)
        M = int(round(2 ** rng.uniform(0, 12)))
        K, N = (int(v) for v in rng.integers(512, 8193, size=2))
        if abs(_ratio(M, N, K, nbytes, peak, bandwidth) - 1) > 0.01:
            return _case(M, N, K, nbytes, peak, bandwidth)


def exactly_at_ridge(rng):
    """n = 3·2^j and powers of two for the machine: both times are the same power of two."""
    j = int(rng.integers(4, 11))
    nbytes = int(rng.choice([1, 2, 4]))
    n = 3 * 2 ** j
    q = int(rng.integers(33, 42))
    bandwidth = 2.0 ** q
    peak = bandwidth * (2 * n) / (3 * nbytes)        # = 2^(j+1+q) / nbytes: a power of two
    return _case(n, n, n, nbytes, peak, bandwidth)
