"""How the grader calls the three functions. dequantize and int8_matmul receive the right q
and scale (computed here), so each function is graded on its own."""
import numpy as np


def _right_quantization(w):
    max_abs = np.max(np.abs(w), axis=0)
    scale = np.where(max_abs > 0, max_abs / 127.0, 1.0)
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale


def run(impl, w, x):
    q, scale = impl.quantize_per_channel(w)
    right_q, right_scale = _right_quantization(w)
    w_hat = impl.dequantize(right_q, right_scale)
    out = impl.int8_matmul(x, right_q, right_scale)
    return {"q": q, "scale": scale, "w_hat": w_hat, "out": out}
