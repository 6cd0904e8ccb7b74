"""Mistake erf-instead-of-tanh, forward only (an override of the reference): out is the exact
x·Φ(x); the backward keeps the tanh slope, so dx is right and out is not."""
import math

_erf = np.vectorize(math.erf, otypes=[float])


def gelu_forward(x):
    phi_cdf = 0.5 * (1.0 + _erf(x / np.sqrt(2.0)))
    t = np.tanh(SQRT_2_OVER_PI * (x + CUBIC * x ** 3))
    out = x * phi_cdf
    return out, (x, t)
