# Mistake: per-tensor-scale. One scale, max |w| / 127, for the whole matrix (a 0-d array).
import numpy as np


def quantize_per_channel(w):
    max_abs = np.max(np.abs(w))                                     # the mistake: one for the whole matrix
    scale = np.where(max_abs > 0, max_abs / 127.0, 1.0)             # a zero column gets scale 1
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)     # divide, round half to even
    return q, scale


def dequantize(q, scale):
    return q.astype(np.float64) * scale                             # column j times scale[j]


def int8_matmul(x, q, scale):
    return x @ dequantize(q, scale)
