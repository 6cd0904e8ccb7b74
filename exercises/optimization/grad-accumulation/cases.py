"""Micro-batches of unequal sizes (one of them of size 1) for accumulate_gradients.

Each micro-batch comes from its own distribution (a shifted mean), so the micro-batch losses
and gradients differ a lot: weighting them equally, or summing them, is far from the
full-batch mean on every case.
"""
import numpy as np


def _sizes(rng, count, with_one=True):
    """`count` different sizes in 1..12, one of them 1 if asked, in a random order."""
    low = 1 if with_one else 2
    sizes = rng.choice(np.arange(low + 1, 13), size=count - 1, replace=False).tolist()
    sizes.append(low if with_one else int(rng.choice([s for s in range(2, 13) if s not in sizes])))
    rng.shuffle(sizes)
    return [int(s) for s in sizes]


def _features(rng, n, shape, shift, layout):
    X = rng.normal(shift, 1.0, size=(n,) + shape)
    if layout == "fortran":
        return np.asfortranarray(X)
    if layout == "strided":
        wide = np.zeros((n,) + shape[:-1] + (2 * shape[-1],))
        wide[..., ::2] = X
        return wide[..., ::2]
    return X


def _least_squares(rng, w_shape, sizes, layout="c"):
    w = rng.normal(0.0, 1.0, size=w_shape)
    batches = []
    for n in sizes:
        X = _features(rng, n, w_shape, rng.normal(0.0, 1.0), layout)
        y = rng.normal(rng.normal(0.0, 3.0), 1.0, size=n)
        batches.append((X, y))
    return {"loss": "least-squares", "w": w, "micro_batches": batches}


def _softmax(rng, sizes, layout="c"):
    D, C = (int(v) for v in rng.choice(np.arange(2, 7), size=2, replace=False))
    w = rng.normal(0.0, 1.0, size=(D, C))
    batches = []
    for n in sizes:
        X = _features(rng, n, (D,), rng.normal(0.0, 1.5), layout)
        favourite = int(rng.integers(C))        # each micro-batch leans to one class
        y = np.where(rng.random(n) < 0.7, favourite, rng.integers(0, C, size=n)).astype(np.int64)
        batches.append((X, y))
    return {"loss": "softmax", "w": w, "micro_batches": batches}


def worked_example(rng):
    X1 = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    X2 = np.array([[2.0, -1.0]])
    return {"loss": "least-squares", "w": np.array([1.0, 2.0]),
            "micro_batches": [(X1, np.array([1.0, 1.0, 1.0])), (X2, np.array([6.0]))]}


def softmax_with_one(rng):
    return _softmax(rng, _sizes(rng, int(rng.integers(2, 5))))


def least_squares_vector(rng):
    return _least_squares(rng, (int(rng.integers(2, 6)),), _sizes(rng, int(rng.integers(2, 5))))


def least_squares_tensor(rng):
    """w of shape (A, B): the gradient keeps that shape."""
    shape = tuple(int(v) for v in rng.choice(np.arange(2, 6), size=2, replace=False))
    return _least_squares(rng, shape, _sizes(rng, int(rng.integers(2, 5))))


def many_micro_batches(rng):
    return _softmax(rng, _sizes(rng, int(rng.integers(6, 9))))


def no_size_one(rng):
    return _least_squares(rng, (int(rng.integers(2, 6)), 3), _sizes(rng, int(rng.integers(2, 5)), with_one=False))


def non_contiguous(rng):
    layout = str(rng.choice(["fortran", "strided"]))
    if rng.random() < 0.5:
        return _softmax(rng, _sizes(rng, 3), layout)
    return _least_squares(rng, (3, 4), _sizes(rng, 3), layout)


def single_micro_batch(rng):
    """One micro-batch: the accumulated result is that call's result."""
    return _softmax(rng, [int(rng.integers(2, 9))])
