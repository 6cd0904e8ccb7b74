import numpy as np

SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)
CUBIC = 0.044715


def gelu_forward(x):
    u = SQRT_2_OVER_PI * (x + CUBIC * x ** 3)
    t = np.tanh(u)                                  # saturates at ±1: no overflow for any x
    out = 0.5 * x * (1.0 + t)
    return out, (x, t)


def gelu_backward(dout, cache):
    x, t = cache
    du_dx = SQRT_2_OVER_PI * (1.0 + 3.0 * CUBIC * x ** 2)
    local = 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t ** 2) * du_dx   # product rule: Φ-like term + x·its slope
    return dout * local
