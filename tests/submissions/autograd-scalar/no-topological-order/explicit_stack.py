import math


class Value:
    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self.children = children
        self._backward = lambda: None

    def _new(self, data, children, backward):
        out = Value(data, children)
        out._backward = lambda: backward(out)
        return out

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)

        def back(out):
            self.grad += out.grad
            other.grad += out.grad
        return self._new(self.data + other.data, (self, other), back)

    def __radd__(self, other):
        return self + other

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)

        def back(out):
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        return self._new(self.data * other.data, (self, other), back)

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-other if isinstance(other, Value) else -other)

    def __rsub__(self, other):
        return (-self) + other

    def __pow__(self, k):
        def back(out):
            self.grad += k * self.data ** (k - 1) * out.grad
        return self._new(self.data ** k, (self,), back)

    def __truediv__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return self * other ** -1

    def __rtruediv__(self, other):
        return Value(other) * self ** -1

    def tanh(self):
        t = math.tanh(self.data)

        def back(out):
            self.grad += (1 - t * t) * out.grad
        return self._new(t, (self,), back)

    def relu(self):
        def back(out):
            self.grad += out.grad if self.data > 0 else 0.0
        return self._new(max(0.0, self.data), (self,), back)

    def exp(self):
        def back(out):
            self.grad += out.data * out.grad
        return self._new(math.exp(self.data), (self,), back)

    def log(self):
        def back(out):
            self.grad += out.grad / self.data
        return self._new(math.log(self.data), (self,), back)

    def backward(self):
        self.grad = 1.0
        stack, done = [self], set()
        while stack:                    # depth first with an explicit stack, each node once
            node = stack.pop()
            if id(node) in done:
                continue
            done.add(id(node))
            node._backward()
            stack.extend(node.children)
