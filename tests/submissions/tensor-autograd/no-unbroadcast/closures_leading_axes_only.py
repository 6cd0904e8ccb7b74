import numpy as np


def sum_to(g, shape):
    """Sum away the axes that broadcasting put in front."""
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    return g


class Tensor:
    def __init__(self, data, _children=(), _op=""):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros(self.data.shape, dtype=np.float64)
        self._prev = set(_children)
        self._op = _op
        self._backward = lambda: None

    def __repr__(self):
        return f"Tensor({self.data!r}, op={self._op!r})"

    @staticmethod
    def wrap(x):
        return x if isinstance(x, Tensor) else Tensor(x)

    def _binary(self, other, data, da, db, op):
        out = Tensor(data, (self, other), op)

        def _backward():
            self.grad += sum_to(da(out.grad), self.data.shape)
            other.grad += sum_to(db(out.grad), other.data.shape)
        out._backward = _backward
        return out

    def __add__(self, other):
        other = Tensor.wrap(other)
        return self._binary(other, self.data + other.data, lambda g: g, lambda g: g, "+")

    def __sub__(self, other):
        other = Tensor.wrap(other)
        return self._binary(other, self.data - other.data, lambda g: g, lambda g: -g, "-")

    def __mul__(self, other):
        other = Tensor.wrap(other)
        return self._binary(other, self.data * other.data,
                            lambda g: g * other.data, lambda g: g * self.data, "*")

    def __truediv__(self, other):
        other = Tensor.wrap(other)
        q = self.data / other.data
        return self._binary(other, q, lambda g: g / other.data, lambda g: -g * q / other.data, "/")

    def __radd__(self, other):
        return Tensor.wrap(other) + self

    def __rsub__(self, other):
        return Tensor.wrap(other) - self

    def __rmul__(self, other):
        return Tensor.wrap(other) * self

    def __rtruediv__(self, other):
        return Tensor.wrap(other) / self

    def __neg__(self):
        return 0.0 - self

    def __matmul__(self, other):
        return self._binary(other, self.data @ other.data,
                            lambda g: g @ other.data.T, lambda g: self.data.T @ g, "@")

    def _unary(self, data, local, op):
        out = Tensor(data, (self,), op)

        def _backward():
            self.grad += local(out.grad)
        out._backward = _backward
        return out

    def sum(self, axis=None, keepdims=False):
        if axis is None:
            axis = tuple(range(self.data.ndim))
        axes = tuple(a % self.data.ndim for a in np.atleast_1d(axis))
        shape = self.data.shape

        def local(g):
            if not keepdims:
                for a in sorted(axes):
                    g = np.expand_dims(g, a)
            return g * np.ones(shape)
        return self._unary(self.data.sum(axis=axes, keepdims=keepdims), local, "sum")

    def mean(self, axis=None, keepdims=False):
        s = self.sum(axis, keepdims)
        return s / (self.data.size / s.data.size)

    def relu(self):
        return self._unary(self.data * (self.data > 0), lambda g: g * (self.data > 0), "relu")

    def exp(self):
        e = np.exp(self.data)
        return self._unary(e, lambda g: g * e, "exp")

    def log(self):
        return self._unary(np.log(self.data), lambda g: g / self.data, "log")

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], tuple):
            (shape,) = shape
        return self._unary(self.data.reshape(shape), lambda g: g.reshape(self.data.shape), "reshape")

    @property
    def T(self):
        return self._unary(self.data.T, lambda g: g.T, "T")

    def backward(self):
        order, visited, stack = [], set(), [(self, False)]
        while stack:                                   # depth first, without recursion
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
            elif node not in visited:
                visited.add(node)
                stack.append((node, True))
                stack.extend((child, False) for child in node._prev)
        self.grad = np.ones_like(self.data)
        for node in reversed(order):
            node._backward()
