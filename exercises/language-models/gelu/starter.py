import numpy as np


def gelu_forward(x):
    """GELU, tanh form, elementwise on x of any shape: 0.5·x·(1 + tanh u) with
    u = sqrt(2/π)·(x + 0.044715·x³). Returns (out, cache): out shaped like x, the cache yours.
    Finite and without warnings for |x| <= 1e4. Do not modify x."""
    raise NotImplementedError("gelu_forward")


def gelu_backward(dout, cache):
    """Given dout (shape of x) and your cache, return dx = dout · gelu'(x), shaped like x."""
    raise NotImplementedError("gelu_backward")
