import numpy as np


def relu_forward(x):
    out = np.clip(x, 0.0, None)
    return out, x


def relu_backward(dout, cache):
    # sign(max(0, x)) is 1 where x > 0 and 0 elsewhere (including x == 0)
    return dout * np.sign(np.clip(cache, 0.0, None))
