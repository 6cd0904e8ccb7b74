import numpy as np


def quantize_per_channel(w):
    """Symmetric int8 quantization of a weight matrix, one scale per output channel.

    w: float64 (D, M), used as out = x @ w, so output channel j is column j.
    scale[j] = max_i |w[i, j]| / 127 (float64, (M,)); a column of zeros gets scale 1.0.
    q = clip(round(w / scale), -127, 127) as np.int8 (D, M), rounding half to even.
    Return (q, scale); w is not modified.
    """
    raise NotImplementedError("quantize_per_channel")


def dequantize(q, scale):
    """The float64 weights (D, M) that q and scale stand for: q times its column's scale."""
    raise NotImplementedError("dequantize")


def int8_matmul(x, q, scale):
    """x (N, D) float64 times the dequantized weights: (N, M)."""
    raise NotImplementedError("int8_matmul")
