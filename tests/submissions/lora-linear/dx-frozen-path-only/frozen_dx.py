import numpy as np


def lora_forward(x, W0, A, B, alpha):
    s = alpha / A.shape[1]
    return x @ W0 + s * (x @ A) @ B, (x, W0, A, B, s)


def lora_backward(dy, cache):
    x, W0, A, B, s = cache
    dx = dy @ W0.T          # W0 path
    dB = s * (x @ A).T @ dy
    dA = s * x.T @ (dy @ B.T)
    return dx, dA, dB
