import itertools
import math

_counter = itertools.count()


def _wrap(x):
    return x if isinstance(x, Value) else Value(x)


class Value:
    def __init__(self, data, inputs=(), backward=None):
        self.data = float(data)
        self.grad = 0.0
        self.inputs = inputs
        self.stamp = next(_counter)          # a node is always created after its inputs
        self.backward_fn = backward

    def _op(self, data, inputs, rule):
        out = Value(data, inputs)
        out.backward_fn = lambda: rule(out.grad)
        return out

    def __add__(self, other):
        other = _wrap(other)

        def rule(g):
            self.grad += g
            other.grad += g
        return self._op(self.data + other.data, (self, other), rule)

    def __sub__(self, other):
        return self + (-1.0) * _wrap(other)

    def __mul__(self, other):
        other = _wrap(other)

        def rule(g):
            self.grad += g * other.data
            other.grad += g * self.data
        return self._op(self.data * other.data, (self, other), rule)

    def __truediv__(self, other):
        return self * _wrap(other) ** (-1)

    def __pow__(self, k):
        def rule(g):
            self.grad += g * k * self.data ** (k - 1)
        return self._op(self.data ** k, (self,), rule)

    __radd__ = __add__
    __rmul__ = __mul__

    def tanh(self):
        t = math.tanh(self.data)

        def rule(g):
            self.grad += g * (1 - t) * (1 + t)
        return self._op(t, (self,), rule)

    def relu(self):
        def rule(g):
            if self.data > 0:
                self.grad += g
        return self._op(self.data if self.data > 0 else 0.0, (self,), rule)

    def exp(self):
        def rule(g):
            self.grad += g * math.exp(self.data)
        return self._op(math.exp(self.data), (self,), rule)

    def log(self):
        def rule(g):
            self.grad += g / self.data
        return self._op(math.log(self.data), (self,), rule)

    def backward(self):
        nodes, stack = {}, [self]
        while stack:
            n = stack.pop()
            if id(n) not in nodes:
                nodes[id(n)] = n
                stack.extend(n.inputs)
        self.grad = 1.0
        for n in sorted(nodes.values(), key=lambda n: n.stamp, reverse=True):   # newest first
            if n.backward_fn is not None:
                n.backward_fn()
