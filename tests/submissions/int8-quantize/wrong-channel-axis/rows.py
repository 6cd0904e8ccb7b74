import numpy as np


def quantize_per_channel(w):
    m = np.abs(w).max(axis=1, keepdims=True)
    scale = np.where(m > 0, m / 127.0, 1.0)
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale.ravel()


def dequantize(q, scale):
    return q.astype(np.float64) * scale


def int8_matmul(x, q, scale):
    return x @ dequantize(q, scale)
