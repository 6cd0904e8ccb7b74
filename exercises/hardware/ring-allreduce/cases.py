"""The workers' arrays for each regime of the ring: n % P != 0 (chunks of two sizes, so which
chunk a worker sends decides its count), n % P == 0, n < P (empty chunks), n = 1, P = 1 and
P = 2, and arrays that are strided or reversed views of larger ones."""
import numpy as np


def _arrays(rng, P, n):
    return [rng.normal(0.0, 1.0, size=n) for _ in range(P)]


def uneven(rng):
    """3 <= P <= 7 and n % P != 0."""
    P = int(rng.integers(3, 8))
    n = P * int(rng.integers(1, 5)) + int(rng.integers(1, P))
    return {"arrays": _arrays(rng, P, n)}


def even(rng):
    """n a multiple of P: every chunk has n / P elements."""
    P = int(rng.integers(3, 7))
    return {"arrays": _arrays(rng, P, P * int(rng.integers(2, 5)))}


def fewer_elements_than_workers(rng):
    """2 <= n < P: the last P - n chunks are empty."""
    P = int(rng.integers(4, 9))
    return {"arrays": _arrays(rng, P, int(rng.integers(2, P)))}


def one_element(rng):
    """n = 1: only chunk 0 has an element."""
    return {"arrays": _arrays(rng, int(rng.integers(2, 6)), 1)}


def one_worker(rng):
    """P = 1: nothing to send; the result is a copy of the one array."""
    return {"arrays": _arrays(rng, 1, int(rng.integers(2, 9)))}


def one_worker_one_element(rng):
    return {"arrays": _arrays(rng, 1, 1)}


def two_workers(rng):
    """P = 2 with n odd: chunk 0 is one longer than chunk 1."""
    return {"arrays": _arrays(rng, 2, 2 * int(rng.integers(1, 6)) + 1)}


def non_contiguous(rng):
    """Each array a view: every other element of a longer one, or one read backwards."""
    P = int(rng.integers(3, 7))
    n = P * int(rng.integers(1, 4)) + int(rng.integers(1, P))
    views = []
    for p in range(P):
        if p % 2 == 0:
            views.append(rng.normal(0.0, 1.0, size=2 * n)[::2])
        else:
            views.append(rng.normal(0.0, 1.0, size=n)[::-1])
    return {"arrays": views}
