import numpy as np


def quantize_per_channel(w):
    m = np.max(np.abs(w), axis=0)
    safe = np.where(m > 0, m, 127.0)
    q = np.round(w * (127.0 / safe))
    q = np.clip(q, -127, 127).astype(np.int8)
    return q, safe / 127.0


def dequantize(q, scale):
    return q.astype(np.float64) * scale


def int8_matmul(x, q, scale):
    return x @ dequantize(q, scale)
