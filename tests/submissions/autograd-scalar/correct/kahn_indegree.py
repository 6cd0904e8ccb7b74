import math
from collections import deque


class Value:
    __slots__ = ("data", "grad", "parents", "local")

    def __init__(self, data, parents=(), local=()):
        self.data = float(data)
        self.grad = 0.0
        self.parents = list(parents)        # the operands
        self.local = list(local)            # d(self)/d(operand), one per operand

    @staticmethod
    def lift(x):
        return x if isinstance(x, Value) else Value(x)

    def __add__(self, o):
        o = Value.lift(o)
        return Value(self.data + o.data, (self, o), (1.0, 1.0))

    def __radd__(self, o):
        return Value.lift(o) + self

    def __sub__(self, o):
        o = Value.lift(o)
        return Value(self.data - o.data, (self, o), (1.0, -1.0))

    def __rsub__(self, o):
        return Value.lift(o) - self

    def __mul__(self, o):
        o = Value.lift(o)
        return Value(self.data * o.data, (self, o), (o.data, self.data))

    def __rmul__(self, o):
        return Value.lift(o) * self

    def __truediv__(self, o):
        o = Value.lift(o)
        return Value(self.data / o.data, (self, o), (1.0 / o.data, -self.data / o.data ** 2))

    def __rtruediv__(self, o):
        return Value.lift(o) / self

    def __pow__(self, k):
        return Value(self.data ** k, (self,), (k * self.data ** (k - 1),))

    def tanh(self):
        t = math.tanh(self.data)
        return Value(t, (self,), (1.0 - t * t,))

    def relu(self):
        return Value(max(self.data, 0.0), (self,), (1.0 if self.data > 0 else 0.0,))

    def exp(self):
        e = math.exp(self.data)
        return Value(e, (self,), (e,))

    def log(self):
        return Value(math.log(self.data), (self,), (1.0 / self.data,))

    def backward(self):
        # count, for every node, how many uses it has inside this graph
        uses, stack, seen = {}, [self], {id(self)}
        while stack:
            node = stack.pop()
            for p in node.parents:
                uses[id(p)] = uses.get(id(p), 0) + 1
                if id(p) not in seen:
                    seen.add(id(p))
                    stack.append(p)
        # Kahn: a node is ready once all its uses have sent their gradient
        self.grad = 1.0
        ready = deque([self])
        while ready:
            node = ready.popleft()
            for p, d in zip(node.parents, node.local):
                p.grad += d * node.grad
                uses[id(p)] -= 1
                if uses[id(p)] == 0:
                    ready.append(p)
