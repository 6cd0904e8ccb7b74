"""Mistake matmul-grad-not-transposed, as an override of the reference: b.grad += a @ g (missing
a.T); a's gradient is right."""


def _matmul_right_untransposed(self, other):
    out = Tensor(self.data @ other.data, (self, other))

    def _backward():
        self.grad += out.grad @ other.data.T
        other.grad += self.data @ out.grad
    out._backward = _backward
    return out


Tensor.__matmul__ = _matmul_right_untransposed
