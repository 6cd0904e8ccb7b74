import numpy as np


def quantize_per_channel(w):
    m = np.abs(w).max()
    s = m / 127 if m > 0 else 1.0
    q = np.clip(np.round(w / s), -127, 127).astype(np.int8)
    return q, np.full(w.shape[1], s)


def dequantize(q, scale):
    return q.astype(np.float64) * scale


def int8_matmul(x, q, scale):
    return (x @ q) * scale
