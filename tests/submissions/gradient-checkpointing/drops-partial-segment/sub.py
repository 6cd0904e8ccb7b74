import numpy as np


def checkpointed_chain(x, W, B, dout, k):
    L = W.shape[0]
    n_seg = L // k
    store = {}
    h = x
    for l in range(L):
        if l % k == 0:
            store[l] = h
        h = np.tanh(h * W[l] + B[l])
    out = h
    dW = np.zeros((L, W.shape[1]))
    dB = np.zeros((L, B.shape[1]))
    grad = dout
    peak = len(store)
    for j in reversed(range(n_seg)):
        s = j * k
        acts = [store[s]]
        for l in range(s, s + k - 1):
            acts.append(np.tanh(acts[-1] * W[l] + B[l]))
        peak = max(peak, len(store) + len(acts) - 1)
        for l in range(s + k - 1, s - 1, -1):
            a = acts.pop()
            y = np.tanh(a * W[l] + B[l])
            dz = grad * (1 - y * y)
            dW[l] = (dz * a).sum(axis=0)
            dB[l] = dz.sum(axis=0)
            grad = dz * W[l]
    return out, grad, dW, dB, peak
