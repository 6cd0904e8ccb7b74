# Mistake: passes-negative-gradient (mask x != 0). The reference, counting every nonzero unit as active.
import numpy as np


def relu_forward(x):
    out = np.maximum(0.0, x)
    return out, x


def relu_backward(dout, cache):
    x = cache
    return dout * (x != 0)          # every unit but those at exactly 0 counted as active
