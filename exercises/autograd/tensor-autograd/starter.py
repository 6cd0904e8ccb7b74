import numpy as np


class Tensor:
    """A float64 array that remembers how it was computed, so that gradients can flow back.

    t = Tensor(data): t.data is np.asarray(data, dtype=np.float64) and t.grad starts as
    zeros of the same shape. Operations build new Tensors: + - * / with NumPy broadcasting
    (either operand may be a plain number, on either side), unary -, @ between 2-D Tensors,
    sum(axis=None, keepdims=False), mean(axis=None, keepdims=False), relu(), exp(), log(),
    reshape(*shape) and the property T. y.backward() (y a scalar) sets y.grad to 1 and fills
    the .grad of every Tensor y was computed from with dy/d(that Tensor), of its own shape.
    """

    def __init__(self, data, _children=()):
        """Store data as float64, grad = zeros of its shape, the operands (_children), and a
        _backward function that does nothing (a leaf has no operands)."""
        raise NotImplementedError("Tensor.__init__")

    def __add__(self, other):
        raise NotImplementedError("Tensor.__add__")

    def __sub__(self, other):
        raise NotImplementedError("Tensor.__sub__")

    def __mul__(self, other):
        raise NotImplementedError("Tensor.__mul__")

    def __truediv__(self, other):
        raise NotImplementedError("Tensor.__truediv__")

    def __radd__(self, other):
        """other + self, when other is a plain number."""
        raise NotImplementedError("Tensor.__radd__")

    def __rsub__(self, other):
        """other - self, when other is a plain number."""
        raise NotImplementedError("Tensor.__rsub__")

    def __rmul__(self, other):
        """other * self, when other is a plain number."""
        raise NotImplementedError("Tensor.__rmul__")

    def __rtruediv__(self, other):
        """other / self, when other is a plain number."""
        raise NotImplementedError("Tensor.__rtruediv__")

    def __neg__(self):
        raise NotImplementedError("Tensor.__neg__")

    def __matmul__(self, other):
        """self @ other, both 2-D: (M, K) @ (K, P) -> (M, P)."""
        raise NotImplementedError("Tensor.__matmul__")

    def sum(self, axis=None, keepdims=False):
        """axis: None (every axis), an int or a tuple of ints, possibly negative."""
        raise NotImplementedError("Tensor.sum")

    def mean(self, axis=None, keepdims=False):
        raise NotImplementedError("Tensor.mean")

    def relu(self):
        raise NotImplementedError("Tensor.relu")

    def exp(self):
        raise NotImplementedError("Tensor.exp")

    def log(self):
        raise NotImplementedError("Tensor.log")

    def reshape(self, *shape):
        """t.reshape(2, 3) and t.reshape((2, 3)) both work."""
        raise NotImplementedError("Tensor.reshape")

    @property
    def T(self):
        """The transpose of a 2-D Tensor."""
        raise NotImplementedError("Tensor.T")

    def backward(self):
        """Set self.grad to ones (self is a scalar), then call every node's _backward in
        reverse topological order."""
        raise NotImplementedError("Tensor.backward")
