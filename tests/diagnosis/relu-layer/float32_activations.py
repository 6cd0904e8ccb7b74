# kind: unlisted
# expect: generic:float32-precision
# why: casts x and dout to float32 (as frameworks store activations), so out and dx are right only to float32 precision
import numpy as np


def relu_forward(x):
    x32 = x.astype(np.float32)
    out = np.maximum(np.float32(0), x32)
    return out, x


def relu_backward(dout, cache):
    x = cache
    mask = (x > 0).astype(np.float32)
    dx = dout.astype(np.float32) * mask
    return dx
