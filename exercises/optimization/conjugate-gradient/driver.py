"""How the grader calls conjugate_gradient, and what it reports.

The iteration count is reported only on cases where finite-precision CG is reproducible
(at most 5 well-separated eigenvalues, runs cut by max_iters <= 10, b = 0): on general
systems, rounding moves it by 1 or 2 between correct programs, and the true residual is
checked instead (properties.py).

A is handed over as a `WatchedMatrix`, an ndarray that counts the products taken with the
whole matrix (A @ v, v @ A, A.dot, np.dot, np.matmul, np.einsum, np.inner, np.tensordot,
np.vdot): CG takes one per iteration, and recomputing b − Ax takes a second one. Every
operation returns plain arrays, so nothing else changes for the learner's code.
"""
import numpy as np

PRODUCTS = {"dot", "matmul", "einsum", "inner", "tensordot", "vdot"}


def _plain(value):
    if isinstance(value, WatchedMatrix):
        return value.view(np.ndarray)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


class WatchedMatrix(np.ndarray):
    counter = None      # a one-element list shared by the views of one matrix
    full_shape = None

    def __array_finalize__(self, obj):
        self.counter = getattr(obj, "counter", None)
        self.full_shape = getattr(obj, "full_shape", None)

    def _count(self, operands):
        if any(isinstance(v, WatchedMatrix) and v.shape == v.full_shape for v in operands) and self.counter:
            self.counter[0] += 1

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if ufunc is np.matmul:
            self._count(inputs)
        if "out" in kwargs:
            kwargs["out"] = _plain(kwargs["out"])
        return getattr(ufunc, method)(*_plain(inputs), **kwargs)

    def __array_function__(self, func, types, args, kwargs):
        if func.__name__ in PRODUCTS:
            self._count(args)
        return func(*_plain(args), **{k: _plain(v) for k, v in kwargs.items()})

    def dot(self, other, out=None):
        self._count((self,))
        return self.view(np.ndarray).dot(_plain(other), out)


def watched(A):
    matrix = np.array(A, dtype=float, copy=True).view(WatchedMatrix)
    matrix.counter, matrix.full_shape = [0], matrix.shape
    return matrix


def run(solver, A, b, tol, max_iters, count_reproducible):
    settings = {name: v for name, v in (("tol", tol), ("max_iters", max_iters)) if v is not None}
    matrix = watched(A)
    result = solver.conjugate_gradient(matrix, b, **settings)
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("conjugate_gradient must return a pair (x, num_iters), got " + type(result).__name__)
    x, num_iters = result
    outputs = {"x": _plain(x)}
    if count_reproducible:
        outputs["num_iters"] = num_iters
    integer = isinstance(num_iters, (int, np.integer)) and not isinstance(num_iters, bool)
    outputs["rule: num_iters is an int"] = integer
    outputs["rule: at most one product with A per iteration (no b − Ax recomputed)"] = \
        integer and matrix.counter[0] <= num_iters
    # the learner wrote into the copy handed over, not into A: the unmodified check cannot see it
    outputs["rule: A is not modified"] = bool(np.array_equal(matrix.view(np.ndarray), A))
    return outputs
