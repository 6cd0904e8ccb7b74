"""Chains for each regime of the checkpointing schedule: k dividing L or not, k = 1 (every
input a checkpoint), k = L and k > L (one segment), L = 1, one row and one feature,
non-contiguous inputs, and the large memory probe. N, D and L are drawn different from each
other, so a gradient summed over the wrong axis or transposed never has the right shape."""
import numpy as np


def _distinct(rng, low, high, count):
    """`count` different ints in [low, high]."""
    return [int(v) for v in rng.choice(np.arange(low, high + 1), count, replace=False)]


def _chain(rng, n, d, L, k):
    """Weights of either sign away from 0 (each layer passes gradient on), moderate biases."""
    W = rng.uniform(0.5, 1.5, size=(L, d)) * rng.choice([-1.0, 1.0], size=(L, d))
    return {"x": rng.normal(0.0, 1.0, size=(n, d)), "W": W,
            "B": rng.normal(0.0, 0.5, size=(L, d)), "dout": rng.normal(0.0, 1.0, size=(n, d)),
            "k": int(k)}


def _sizes(rng, L):
    """N and D in [2, 7], different from each other and from L."""
    n, d = _distinct(rng, 2, 7, 2)
    while L in (n, d):
        n, d = _distinct(rng, 2, 7, 2)
    return n, d


def k_not_dividing(rng):
    """2 <= k < L with L % k != 0: the first segment is full, the last one partial."""
    k = int(rng.integers(2, 5))
    L = k * int(rng.integers(1, 4)) + int(rng.integers(1, k))
    return _chain(rng, *_sizes(rng, L), L, k)


def k_dividing(rng):
    """L = m·k with m >= 2 full segments."""
    k = int(rng.integers(2, 5))
    L = k * int(rng.integers(2, 4))
    return _chain(rng, *_sizes(rng, L), L, k)


def k_one(rng):
    """k = 1: every input is a checkpoint, nothing is recomputed (plain backprop)."""
    L = int(rng.integers(3, 9))
    return _chain(rng, *_sizes(rng, L), L, 1)


def k_equals_L(rng):
    """k = L: one segment, only x is a checkpoint."""
    L = int(rng.integers(3, 9))
    return _chain(rng, *_sizes(rng, L), L, L)


def k_above_L(rng):
    """k > L: still one segment."""
    L = int(rng.integers(2, 8))
    return _chain(rng, *_sizes(rng, L), L, L + int(rng.integers(1, 6)))


def one_layer(rng):
    """L = 1 with k from 1 to 3."""
    return _chain(rng, *_distinct(rng, 2, 7, 2), 1, int(rng.integers(1, 4)))


def one_row_one_feature(rng):
    """N = 1 and D = 1: one number flows through the chain."""
    k = int(rng.integers(2, 4))
    return _chain(rng, 1, 1, 2 * k + 1, k)


def one_row(rng):
    """N = 1: the sums over rows of dW and dB have one term."""
    k = int(rng.integers(2, 4))
    L = 2 * k + 1
    return _chain(rng, 1, _distinct(rng, 2, 7, 1)[0], L, k)


def one_feature(rng):
    """D = 1: W and B are (L, 1), x is (N, 1)."""
    k = int(rng.integers(2, 4))
    L = 2 * k + 1
    return _chain(rng, _distinct(rng, 2, 7, 1)[0], 1, L, k)


def square(rng):
    """N = D: a gradient summed over the wrong axis of x now has the right shape."""
    k = int(rng.integers(2, 4))
    n = int(rng.integers(3, 7))
    return _chain(rng, n, n, 2 * k + 1, k)


def _transposed(a):
    return np.ascontiguousarray(a.T).T


def _strided(a):
    wide = np.zeros((a.shape[0], 2 * a.shape[1]))
    wide[:, ::2] = a
    return wide[:, ::2]


def non_contiguous(rng):
    """x and dout transposed in memory, W and B every other column of a wider array."""
    inputs = k_not_dividing(rng)
    for name in ("x", "dout"):
        inputs[name] = _transposed(inputs[name])
    for name in ("W", "B"):
        inputs[name] = _strided(inputs[name])
    return inputs


def memory_probe(rng):
    """N·D = 65,536, L = 64, k = 8: the checkpointed chain holds about 15 inputs, plain
    backprop 64. Weights near ±1 keep the activations and gradients of a sane size."""
    inputs = _chain(rng, 256, 256, 64, 8)
    inputs["W"] = rng.uniform(0.8, 1.2, size=(64, 256)) * rng.choice([-1.0, 1.0], size=(64, 256))
    return inputs
