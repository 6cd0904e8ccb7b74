"""Mistake matmul-grad-not-transposed, as an override of the reference: a.grad += g @ b (missing
b.T); b's gradient is right."""


def _matmul_left_untransposed(self, other):
    out = Tensor(self.data @ other.data, (self, other))

    def _backward():
        self.grad += out.grad @ other.data
        other.grad += self.data.T @ out.grad
    out._backward = _backward
    return out


Tensor.__matmul__ = _matmul_left_untransposed
