"""Mistake no-topological-order, as an override of the reference: depth first from the output, each
node processed when first reached."""


def _backward_visited_once(self):
    self.grad = 1.0
    visited = set()

    def propagate(node):              # depth first, each node once, when first reached
        if node in visited:
            return
        visited.add(node)
        node._backward()
        for child in node._prev:
            propagate(child)
    propagate(self)


Value.backward = _backward_visited_once
