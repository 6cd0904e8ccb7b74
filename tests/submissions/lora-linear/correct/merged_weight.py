import numpy as np


def lora_forward(x, W0, A, B, alpha):
    r = A.shape[-1]
    s = alpha / r
    W = W0 + s * (A @ B)            # merged weight: the same y
    return x @ W, {"x": x, "W0": W0, "A": A, "B": B, "s": s}


def lora_backward(dy, cache):
    x, W0, A, B, s = cache["x"], cache["W0"], cache["A"], cache["B"], cache["s"]
    dW = x.T @ dy                   # gradient of the merged weight
    dA = s * dW @ B.T
    dB = s * A.T @ dW
    dx = dy @ (W0 + s * A @ B).T
    return dx, dA, dB
