# WRONG: alpha read with a falsy default (alpha or r, i.e. scale 1 when alpha is 0): alpha = 0 must switch the adapter off.
import numpy as np
def lora_forward(x, W0, A, B, alpha):
    s = (alpha or A.shape[1]) / A.shape[1]
    xa = x @ A
    return x @ W0 + s * (xa @ B), (x, W0, A, B, s, xa)
def lora_backward(dy, cache):
    x, W0, A, B, s, xa = cache
    g = s * dy @ B.T
    return dy @ W0.T + g @ A.T, x.T @ g, s * xa.T @ dy
