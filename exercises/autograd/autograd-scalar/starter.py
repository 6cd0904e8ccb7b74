import math


class Value:
    """A scalar that remembers how it was computed, so that gradients can flow back.

    v = Value(2.0) has v.data == 2.0 and v.grad == 0.0. Operations build new Values:
    a + b, a - b, a * b, a / b, a ** k (k a plain number), a.tanh(), a.relu(), a.exp(),
    a.log(); either operand of + - * / may be a plain number, on either side (2 + a).
    y.backward() sets y.grad = 1.0 and fills .grad of every Value y was computed from with
    dy/d(that value), adding up the contributions of every use.
    """

    def __init__(self, data, _children=()):
        """Store data (as a float), grad = 0.0, the operands (_children), and a
        _backward function that does nothing (a leaf has no operands)."""
        raise NotImplementedError("Value.__init__")

    def __add__(self, other):
        raise NotImplementedError("Value.__add__")

    def __sub__(self, other):
        raise NotImplementedError("Value.__sub__")

    def __mul__(self, other):
        raise NotImplementedError("Value.__mul__")

    def __truediv__(self, other):
        raise NotImplementedError("Value.__truediv__")

    def __pow__(self, k):
        """k is a plain number (int or float)."""
        raise NotImplementedError("Value.__pow__")

    def __radd__(self, other):
        """other + self, when other is a plain number."""
        raise NotImplementedError("Value.__radd__")

    def __rsub__(self, other):
        """other - self, when other is a plain number."""
        raise NotImplementedError("Value.__rsub__")

    def __rmul__(self, other):
        """other * self, when other is a plain number."""
        raise NotImplementedError("Value.__rmul__")

    def __rtruediv__(self, other):
        """other / self, when other is a plain number."""
        raise NotImplementedError("Value.__rtruediv__")

    def tanh(self):
        raise NotImplementedError("Value.tanh")

    def relu(self):
        raise NotImplementedError("Value.relu")

    def exp(self):
        raise NotImplementedError("Value.exp")

    def log(self):
        raise NotImplementedError("Value.log")

    def backward(self):
        """Set self.grad = 1.0, then call every node's _backward in reverse topological order."""
        raise NotImplementedError("Value.backward")
