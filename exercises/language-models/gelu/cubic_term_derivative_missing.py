"""Mistake cubic-term-derivative-missing, as an override of the reference: du/dx = sqrt(2/π)."""


def gelu_backward(dout, cache):
    x, t = cache
    du_dx = SQRT_2_OVER_PI                          # the derivative of 0.044715·x³ is forgotten
    local = 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t ** 2) * du_dx
    return dout * local
