import math
import numpy as np


def _cdf(x):
    flat = [0.5 * (1.0 + math.erf(v / math.sqrt(2.0))) for v in np.ravel(x)]
    return np.array(flat).reshape(np.shape(x))


def gelu_forward(x):
    return x * _cdf(x), x


def gelu_backward(dout, cache):
    x = cache
    pdf = np.exp(-x * x / 2) / math.sqrt(2 * math.pi)
    return dout * (_cdf(x) + x * pdf)
