import numpy as np


def quantize_per_channel(w):
    D, M = w.shape
    q = np.zeros((D, M), dtype=np.int8)
    scale = np.ones(M)
    for j in range(M):
        biggest = max(abs(float(v)) for v in w[:, j])
        if biggest == 0:
            continue                      # all zeros: scale stays 1, q stays 0
        scale[j] = biggest / 127
        for i in range(D):
            level = round(float(w[i, j]) / scale[j])     # Python rounds halves to even too
            q[i, j] = min(127, max(-127, level))
    return q, scale


def dequantize(q, scale):
    D, M = q.shape
    out = np.empty((D, M))
    for j in range(M):
        out[:, j] = q[:, j].astype(np.float64) * scale[j]
    return out


def int8_matmul(x, q, scale):
    # integer-valued product first, then one rescale per output column
    acc = x @ q.astype(np.float64)
    return acc * scale[None, :]
