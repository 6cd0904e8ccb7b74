import numpy as np


def lora_forward(x, W0, A, B, alpha):
    h = x @ A
    return x @ W0 + alpha * h @ B, (x, W0, A, B, alpha, h)


def lora_backward(dy, cache):
    x, W0, A, B, alpha, h = cache
    dB = alpha * h.T @ dy
    dh = alpha * dy @ B.T
    return dy @ W0.T + dh @ A.T, x.T @ dh, dB
