"""Mistake erf-instead-of-tanh: the exact GELU x·Φ(x), Φ the standard normal CDF (via erf),
and its exact derivative Φ(x) + x·φ(x)."""
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[float])


def gelu_forward(x):
    phi_cdf = 0.5 * (1.0 + _erf(x / np.sqrt(2.0)))
    out = x * phi_cdf
    return out, (x, phi_cdf)


def gelu_backward(dout, cache):
    x, phi_cdf = cache
    density = np.exp(-0.5 * x ** 2) / np.sqrt(2.0 * np.pi)
    local = phi_cdf + x * density
    return dout * local
