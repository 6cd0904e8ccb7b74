import numpy as np


def checkpointed_chain(x, W, B, dout, k):
    L = W.shape[0]
    cps = {}
    h = x
    for l in range(L):
        if l % k == 0:
            cps[l] = h
        h = np.tanh(h * W[l] + B[l])
    out = h
    dW = np.zeros((L, W.shape[1]))
    dB = np.zeros((L, W.shape[1]))
    g = dout
    for s in sorted(cps, reverse=True):
        e = min(s + k, L)
        hs = [cps[s]]
        for l in range(s, e - 1):
            hs.append(np.tanh(hs[-1] * W[l] + B[l]))
        for l in range(e - 1, s - 1, -1):
            a = hs[l - s]
            y = np.tanh(a * W[l] + B[l])
            dz = g * (1 - y ** 2)
            dW[l] = (dz * a).sum(0)
            dB[l] = dz.sum(0)
            g = dz * W[l]
        hs = None
    peak = len(cps)      # memory = the checkpoints we store
    return out, g, dW, dB, peak
