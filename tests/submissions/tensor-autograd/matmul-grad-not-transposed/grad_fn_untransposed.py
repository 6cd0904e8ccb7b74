from collections import defaultdict, deque

import numpy as np


def _reduce_to(g, shape):
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for i, n in enumerate(shape):
        if n == 1 and g.shape[i] != 1:
            g = g.sum(axis=i, keepdims=True)
    return g


def _as_tensor(v):
    return v if isinstance(v, Tensor) else Tensor(v)


class Tensor:
    def __init__(self, data, parents=(), grad_fn=None):
        self.data = np.array(data, dtype=float)
        self.grad = np.zeros(self.data.shape)
        self.parents = tuple(parents)
        self.grad_fn = grad_fn

    def _child(self, data, parents, grad_fn):
        return Tensor(data, parents, grad_fn)

    def __add__(self, o):
        o = _as_tensor(o)
        return self._child(self.data + o.data, (self, o),
                           lambda g: (_reduce_to(g, self.data.shape), _reduce_to(g, o.data.shape)))

    __radd__ = __add__

    def __neg__(self):
        return self._child(-self.data, (self,), lambda g: (-g,))

    def __sub__(self, o):
        return self + (-_as_tensor(o))

    def __rsub__(self, o):
        return _as_tensor(o) + (-self)

    def __mul__(self, o):
        o = _as_tensor(o)
        return self._child(self.data * o.data, (self, o),
                           lambda g: (_reduce_to(g * o.data, self.data.shape), _reduce_to(g * self.data, o.data.shape)))

    __rmul__ = __mul__

    def reciprocal(self):
        r = 1.0 / self.data
        return self._child(r, (self,), lambda g: (-g * r * r,))

    def __truediv__(self, o):
        return self * _as_tensor(o).reciprocal()

    def __rtruediv__(self, o):
        return _as_tensor(o) * self.reciprocal()

    def __matmul__(self, o):
        return self._child(self.data @ o.data, (self, o), lambda g: (g @ o.data, self.data @ g))

    def _axes(self, axis):
        nd = self.data.ndim
        if axis is None:
            return tuple(range(nd))
        if np.ndim(axis) == 0:
            axis = (axis,)
        return tuple(sorted(int(a) % nd for a in axis))

    def sum(self, axis=None, keepdims=False):
        axes = self._axes(axis)
        kept = tuple(1 if i in axes else n for i, n in enumerate(self.data.shape))
        shape = self.data.shape
        return self._child(self.data.sum(axis=axes, keepdims=keepdims), (self,),
                           lambda g: (np.broadcast_to(np.reshape(g, kept), shape).copy(),))

    def mean(self, axis=None, keepdims=False):
        axes = self._axes(axis)
        count = 1
        for a in axes:
            count *= self.data.shape[a]
        kept = tuple(1 if i in axes else n for i, n in enumerate(self.data.shape))
        shape = self.data.shape
        return self._child(self.data.mean(axis=axes, keepdims=keepdims), (self,),
                           lambda g: (np.broadcast_to(np.reshape(g, kept) / count, shape).copy(),))

    def relu(self):
        mask = self.data > 0
        return self._child(np.where(mask, self.data, 0.0), (self,), lambda g: (g * mask,))

    def exp(self):
        e = np.exp(self.data)
        return self._child(e, (self,), lambda g: (g * e,))

    def log(self):
        return self._child(np.log(self.data), (self,), lambda g: (g / self.data,))

    def reshape(self, *shape):
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = tuple(shape[0])
        old = self.data.shape
        return self._child(self.data.reshape(shape), (self,), lambda g: (g.reshape(old),))

    @property
    def T(self):
        return self._child(self.data.T, (self,), lambda g: (g.T,))

    def backward(self):
        # count, for every node, how many nodes use it; a node is ready once all its users are done
        users = defaultdict(int)
        seen, stack = {id(self)}, [self]
        while stack:
            node = stack.pop()
            for p in node.parents:
                users[id(p)] += 1
                if id(p) not in seen:
                    seen.add(id(p))
                    stack.append(p)
        self.grad = np.ones(self.data.shape)
        ready = deque([self])
        while ready:
            node = ready.popleft()
            if node.grad_fn is None:
                continue
            for p, gp in zip(node.parents, node.grad_fn(node.grad)):
                p.grad = p.grad + gp
                users[id(p)] -= 1
                if users[id(p)] == 0:
                    ready.append(p)
