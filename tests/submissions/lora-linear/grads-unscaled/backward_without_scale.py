import numpy as np


def lora_forward(x, W0, A, B, alpha):
    r = A.shape[1]
    xa = x @ A
    y = x @ W0 + (alpha / r) * (xa @ B)
    return y, (x, W0, A, B, xa)


def lora_backward(dy, cache):
    x, W0, A, B, xa = cache
    dB = xa.T @ dy
    dA = x.T @ (dy @ B.T)
    dx = dy @ W0.T + dy @ B.T @ A.T
    return dx, dA, dB
