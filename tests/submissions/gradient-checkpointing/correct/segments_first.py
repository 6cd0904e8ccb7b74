import math
import numpy as np


def _step(h, w, b):
    return np.tanh(h * w + b)


def checkpointed_chain(x, W, B, dout, k):
    n_layers = W.shape[0]
    bounds = [(s, min(s + k, n_layers)) for s in range(0, n_layers, k)]

    ckpt = {}
    h = x
    for s, e in bounds:
        ckpt[s] = h
        for l in range(s, e):
            h = _step(h, W[l], B[l])
    out = h

    dW = np.empty((n_layers, W.shape[1]))
    dB = np.empty((n_layers, B.shape[1]))
    g = np.array(dout, dtype=float)
    most = 0
    for s, e in bounds[::-1]:
        held = {s: ckpt[s]}
        for l in range(s + 1, e):
            held[l] = _step(held[l - 1], W[l - 1], B[l - 1])
        most = max(most, len(ckpt) + len(held) - 1)
        for l in range(e - 1, s - 1, -1):
            inp = held.pop(l)
            y = _step(inp, W[l], B[l])
            delta = g - g * y ** 2
            dW[l] = np.sum(delta * inp, axis=0)
            dB[l] = np.sum(delta, axis=0)
            g = delta * W[l]
    assert most == math.ceil(n_layers / k) + min(k, n_layers) - 1
    return out, g, dW, dB, most
