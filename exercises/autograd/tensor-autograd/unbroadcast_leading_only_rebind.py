# Mistake no-unbroadcast: only the leading axes are summed, not the stretched size-1 axes; gradients
# added by rebinding (`x.grad = x.grad + g`).
import numpy as np


def unbroadcast(grad, shape):
    """Sum grad (the broadcast shape) down to `shape`, the operand's own shape."""
    grad = grad.sum(axis=tuple(range(grad.ndim - len(shape))))    # axes broadcasting added in front
    ones = tuple(k for k, n in enumerate(shape) if n == 1)
    return grad                                                 # the mistake: the stretched size-1 axes are not summed


def _axes(axis, ndim):
    """The reduced axes as a tuple of non-negative ints: None means all of them."""
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    return tuple(a % ndim for a in axes)


class Tensor:
    """An array that remembers how it was computed, so that gradients can flow back."""

    def __init__(self, data, _children=()):
        self.data = np.asarray(data, dtype=np.float64)
        self.grad = np.zeros_like(self.data)
        self._prev = tuple(_children)
        self._backward = lambda: None

    @staticmethod
    def _lift(other):
        return other if isinstance(other, Tensor) else Tensor(other)

    @property
    def shape(self):
        return self.data.shape

    # ---- elementwise arithmetic, with broadcasting ----
    def __add__(self, other):
        other = Tensor._lift(other)
        out = Tensor(self.data + other.data, (self, other))

        def _backward():
            self.grad = self.grad + unbroadcast(out.grad, self.shape)
            other.grad = other.grad + unbroadcast(out.grad, other.shape)
        out._backward = _backward
        return out

    def __sub__(self, other):
        other = Tensor._lift(other)
        out = Tensor(self.data - other.data, (self, other))

        def _backward():
            self.grad = self.grad + unbroadcast(out.grad, self.shape)
            other.grad = other.grad - unbroadcast(out.grad, other.shape)
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = Tensor._lift(other)
        out = Tensor(self.data * other.data, (self, other))

        def _backward():
            self.grad = self.grad + unbroadcast(out.grad * other.data, self.shape)
            other.grad = other.grad + unbroadcast(out.grad * self.data, other.shape)
        out._backward = _backward
        return out

    def __truediv__(self, other):
        other = Tensor._lift(other)
        out = Tensor(self.data / other.data, (self, other))

        def _backward():
            self.grad = self.grad + unbroadcast(out.grad / other.data, self.shape)
            other.grad = other.grad - unbroadcast(out.grad * self.data / other.data ** 2, other.shape)
        out._backward = _backward
        return out

    def __radd__(self, other):
        return Tensor._lift(other) + self

    def __rsub__(self, other):
        return Tensor._lift(other) - self

    def __rmul__(self, other):
        return Tensor._lift(other) * self

    def __rtruediv__(self, other):
        return Tensor._lift(other) / self

    def __neg__(self):
        return self * -1.0      # mutant-ok(arithmetic): x / -1.0 is x * -1.0 exactly

    # ---- matrix product of 2-D tensors ----
    def __matmul__(self, other):
        out = Tensor(self.data @ other.data, (self, other))

        def _backward():
            self.grad = self.grad + out.grad @ other.data.T                 # (M, P) @ (P, K) -> (M, K)
            other.grad = other.grad + self.data.T @ out.grad                 # (K, M) @ (M, P) -> (K, P)
        out._backward = _backward
        return out

    # ---- reductions ----
    def sum(self, axis=None, keepdims=False):
        out = Tensor(self.data.sum(axis=axis, keepdims=keepdims), (self,))

        def _backward():
            g = out.grad
            if not keepdims:                                     # put the summed axes back, size 1
                g = np.expand_dims(g, _axes(axis, self.data.ndim))
            self.grad = self.grad + np.broadcast_to(g, self.shape)          # every summed entry gets it
        out._backward = _backward
        return out

    def mean(self, axis=None, keepdims=False):
        axes = _axes(axis, self.data.ndim)
        count = int(np.prod([self.shape[a] for a in axes]))    # how many entries each mean averages
        return self.sum(axis=axis, keepdims=keepdims) * (1.0 / count)

    # ---- elementwise functions ----
    def relu(self):
        data = np.maximum(self.data, 0.0)                    # mutant-ok(arguments_swapped): maximum commutes
        out = Tensor(data, (self,))

        def _backward():
            self.grad = self.grad + (self.data > 0) * out.grad              # relu'(0) = 0
        out._backward = _backward
        return out

    def exp(self):
        out = Tensor(np.exp(self.data), (self,))

        def _backward():
            self.grad = self.grad + out.data * out.grad
        out._backward = _backward
        return out

    def log(self):
        out = Tensor(np.log(self.data), (self,))

        def _backward():
            self.grad = self.grad + out.grad / self.data
        out._backward = _backward
        return out

    # ---- shapes ----
    def reshape(self, *shape):
        out = Tensor(self.data.reshape(*shape), (self,))       # NumPy takes (2, 3) and ((2, 3),) alike

        def _backward():
            self.grad = self.grad + out.grad.reshape(self.shape)
        out._backward = _backward
        return out

    @property
    def T(self):
        out = Tensor(self.data.T, (self,))

        def _backward():
            self.grad = self.grad + out.grad.T
        out._backward = _backward
        return out

    # ---- the backward pass ----
    def backward(self):
        order, visited = [], set()

        def visit(node):
            if node not in visited:
                visited.add(node)
                for child in node._prev:
                    visit(child)
                order.append(node)
        visit(self)
        self.grad = np.ones_like(self.data)                      # d self / d self = 1
        for node in reversed(order):
            node._backward()
