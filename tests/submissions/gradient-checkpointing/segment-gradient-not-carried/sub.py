import numpy as np


def checkpointed_chain(x, W, B, dout, k):
    L = W.shape[0]
    checkpoints = []
    h = x
    for l in range(L):
        if l % k == 0:
            checkpoints.append(h)
        h = np.tanh(h * W[l] + B[l])
    out = h
    dW = np.zeros_like(W)
    dB = np.zeros_like(B)
    dx = None
    for j in range(len(checkpoints) - 1, -1, -1):
        s, e = j * k, min(j * k + k, L)
        layer_inputs = [checkpoints[j]]
        for l in range(s, e - 1):
            layer_inputs.append(np.tanh(layer_inputs[-1] * W[l] + B[l]))
        grad = dout.copy()             # gradient flowing into this segment
        for l in range(e - 1, s - 1, -1):
            a = layer_inputs.pop()
            y = np.tanh(a * W[l] + B[l])
            dz = grad * (1.0 - y * y)
            dW[l] = (dz * a).sum(axis=0)
            dB[l] = dz.sum(axis=0)
            grad = dz * W[l]
        dx = grad
    peak = len(checkpoints) + min(k, L) - 1
    return out, dx, dW, dB, peak
