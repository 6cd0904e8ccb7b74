# Mistake: passes-negative-gradient. The reference, with no mask in the backward pass.
import numpy as np


def relu_forward(x):
    out = np.maximum(0.0, x)
    return out, x


def relu_backward(dout, cache):
    x = cache
    return dout.copy()              # the gradient flows through every unit, active or not
