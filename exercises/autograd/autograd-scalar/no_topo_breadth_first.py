"""Mistake no-topological-order, as an override of the reference: breadth first from the output,
each node once."""


def _backward_breadth_first(self):
    from collections import deque

    self.grad = 1.0
    queue, seen = deque([self]), {self}
    while queue:                      # breadth first: by distance from the output
        node = queue.popleft()
        node._backward()
        for child in node._prev:
            if child not in seen:
                seen.add(child)
                queue.append(child)


Value.backward = _backward_breadth_first
