# Mistake: per-tensor-scale (repeated per column). The one whole-matrix scale, copied M times.
import numpy as np


def quantize_per_channel(w):
    max_abs = np.max(np.abs(w))                                     # the mistake: one for the whole matrix
    scale = np.full(w.shape[1], max_abs / 127.0 if max_abs > 0 else 1.0)  # the mistake: all the same
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)     # divide, round half to even
    return q, scale


def dequantize(q, scale):
    return q.astype(np.float64) * scale                             # column j times scale[j]


def int8_matmul(x, q, scale):
    return x @ dequantize(q, scale)
