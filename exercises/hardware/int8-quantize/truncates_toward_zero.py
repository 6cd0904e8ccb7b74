# Mistake: truncates-toward-zero. The cast to int8 drops the fraction: 2.9 becomes 2.
import numpy as np


def quantize_per_channel(w):
    max_abs = np.max(np.abs(w), axis=0)                             # one per output channel (column)
    scale = np.where(max_abs > 0, max_abs / 127.0, 1.0)             # a zero column gets scale 1
    q = np.clip(w / scale, -127, 127).astype(np.int8)               # the mistake: no rounding
    return q, scale


def dequantize(q, scale):
    return q.astype(np.float64) * scale                             # column j times scale[j]


def int8_matmul(x, q, scale):
    return x @ dequantize(q, scale)
