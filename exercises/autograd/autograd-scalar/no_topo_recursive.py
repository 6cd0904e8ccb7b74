"""Mistake no-topological-order, as an override of the reference: plain recursion from the output,
a node once per path to it."""


def _backward_recursive(self):
    self.grad = 1.0

    def propagate(node):              # each node passes its gradient on as soon as it is reached
        node._backward()
        for child in node._prev:
            propagate(child)
    propagate(self)


Value.backward = _backward_recursive
