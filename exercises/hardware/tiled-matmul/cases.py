"""Shapes and tile sizes for each regime of the tiling: edges, b = 1, b too large, thin
matrices, non-contiguous inputs, mismatched inner dimensions."""
import numpy as np


def _matrices(rng, m, k, n):
    return rng.normal(0.0, 1.0, size=(m, k)), rng.normal(0.0, 1.0, size=(k, n))


def b_divides_nothing(rng):
    """b from 2 to 4, no dimension a multiple of it: every dimension ends in a partial tile."""
    b = int(rng.integers(2, 5))
    m, k, n = (int(b * rng.integers(1, 4) + rng.integers(1, b)) for _ in range(3))
    A, B = _matrices(rng, m, k, n)
    return {"A": A, "B": B, "b": b}


def b_divides_all(rng):
    """Square n x n matrices with b dividing n: loads = 2 n^3 / b."""
    b = int(rng.integers(2, 4))
    n = b * int(rng.integers(2, 5))
    A, B = _matrices(rng, n, n, n)
    return {"A": A, "B": B, "b": b}


def b_one(rng):
    """b = 1: every element is its own tile, loads = 2 M N K."""
    m, k, n = (int(v) for v in rng.choice(np.arange(2, 8), 3, replace=False))
    A, B = _matrices(rng, m, k, n)
    return {"A": A, "B": B, "b": 1}


def b_too_large(rng):
    """b larger than every dimension: one tile each, loads = M K + K N."""
    m, k, n = (int(v) for v in rng.choice(np.arange(2, 8), 3, replace=False))
    A, B = _matrices(rng, m, k, n)
    return {"A": A, "B": B, "b": int(rng.integers(8, 20))}


def one_row(rng):
    """A has one row (a vector times a matrix)."""
    b = int(rng.integers(2, 4))
    k, n = int(b * rng.integers(1, 3) + 1), int(b * rng.integers(1, 3) + rng.integers(1, b))
    A, B = _matrices(rng, 1, k, n)
    return {"A": A, "B": B, "b": b}


def one_column(rng):
    """B has one column (a matrix times a vector)."""
    b = int(rng.integers(2, 4))
    m, k = int(b * rng.integers(1, 3) + rng.integers(1, b)), int(b * rng.integers(1, 3) + 1)
    A, B = _matrices(rng, m, k, 1)
    return {"A": A, "B": B, "b": b}


def non_contiguous(rng):
    """A transposed view and a strided view, b not dividing the shapes."""
    inputs = b_divides_nothing(rng)
    A, B = inputs["A"], inputs["B"]
    inputs["A"] = np.ascontiguousarray(A.T).T
    wide = np.zeros((B.shape[0], 2 * B.shape[1]))
    wide[:, ::2] = B
    inputs["B"] = wide[:, ::2]
    if rng.random() < 0.5:
        inputs["B"] = np.ascontiguousarray(B.T).T                     # transposed instead of strided
    return inputs


def mismatched(rng):
    """A (M, K) and B (K', N) with K' != K. With K < K' and b dividing K, a loop that takes
    the k tiles from A alone runs without any error, so only an explicit check raises."""
    b = int(rng.integers(2, 4))
    m, n = int(rng.integers(2, 7)), int(rng.integers(2, 7))
    k = b * int(rng.integers(1, 3))
    A = rng.normal(0.0, 1.0, size=(m, k))
    B = rng.normal(0.0, 1.0, size=(k + int(rng.integers(1, 4)), n))
    return {"A": A, "B": B, "b": b}
