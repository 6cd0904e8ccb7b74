# Mistake: wrong-channel-axis. One scale per input row, (D,), the max over axis 1.
import numpy as np


def quantize_per_channel(w):
    max_abs = np.max(np.abs(w), axis=1)                             # the mistake: one per input row
    scale = np.where(max_abs > 0, max_abs / 127.0, 1.0)             # a zero column gets scale 1
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)  # row i divided by scale[i]
    return q, scale


def dequantize(q, scale):
    return q.astype(np.float64) * scale                             # column j times scale[j]


def int8_matmul(x, q, scale):
    return x @ dequantize(q, scale)
