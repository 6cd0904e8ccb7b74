# A shortcut: out is x itself (and dx is dout itself) when nothing needs zeroing. Right
# values, but the layer's output is now the caller's input: the next layer's in-place
# update of out changes x.
# expect: shares its memory with the input
import numpy as np


def relu_forward(x):
    out = x if np.all(x > 0) else np.maximum(x, 0)
    return out, x


def relu_backward(dout, cache):
    x = cache
    keep = x > 0
    return dout if np.all(keep) else dout * keep
