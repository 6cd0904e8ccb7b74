"""Mistake no-topological-order, as an override of the reference: the nodes in the order they were
created, not reversed."""


def _backward_forward_order(self):
    order, visited = [], set()

    def visit(node):
        if node not in visited:
            visited.add(node)
            for child in node._prev:
                visit(child)
            order.append(node)
    visit(self)
    self.grad = 1.0
    for node in order:                # creation order: inputs first, the output last
        node._backward()


Value.backward = _backward_forward_order
