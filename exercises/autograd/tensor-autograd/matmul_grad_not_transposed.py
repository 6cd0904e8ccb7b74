"""Mistake matmul-grad-not-transposed, as an override of the reference: a.grad += g @ b and
b.grad += a @ g, both transposes missing."""


def _matmul_untransposed(self, other):
    out = Tensor(self.data @ other.data, (self, other))

    def _backward():
        self.grad += out.grad @ other.data
        other.grad += self.data @ out.grad
    out._backward = _backward
    return out


Tensor.__matmul__ = _matmul_untransposed
