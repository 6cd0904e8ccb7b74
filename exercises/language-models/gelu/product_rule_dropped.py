"""Mistake product-rule-dropped, as an override of the reference: the x·(slope) term is lost."""


def gelu_backward(dout, cache):
    x, t = cache
    du_dx = SQRT_2_OVER_PI * (1.0 + 3.0 * CUBIC * x ** 2)
    local = 0.5 * (1.0 + t)                         # only the first factor's term of the product rule
    return dout * local
