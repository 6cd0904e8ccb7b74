"""The matmul tolerance of the contract, and the rounding property of the quantization."""
import numpy as np


def matmul_close(inputs, outputs, expected):
    """out = x @ w_hat within 1e-10 * (|x| @ |w_hat|), entry by entry: a bound that accepts
    any order of summation and (x @ q) * scale."""
    got = np.asarray(outputs["out"])
    want = expected["out"]
    if got.shape != want.shape:
        return f"int8_matmul returned shape {got.shape}; x @ w_hat has shape {want.shape}"
    if got.dtype != np.float64:
        return f"int8_matmul returned dtype {got.dtype}; the contract asks for float64"
    bound = 1e-10 * (np.abs(inputs["x"]) @ np.abs(expected["w_hat"])) + 1e-300
    excess = np.abs(got - want) - bound
    if not np.all(excess <= 0):
        i, j = np.unravel_index(np.argmax(np.nan_to_num(excess, nan=np.inf)), excess.shape)
        return (f"int8_matmul: out[{i}, {j}] = {got[i, j]!r}, but x @ dequantize(q, scale) "
                f"gives {want[i, j]!r} (allowed error {bound[i, j]:.3g})")
    return None


def rounding_error_within_half_step(inputs, outputs, expected):
    """|w - q * scale| <= scale / 2 in every column: rounding to the nearest multiple of the
    scale is never off by more than half a step."""
    w = inputs["w"]
    q, scale = np.asarray(outputs["q"]), np.asarray(outputs["scale"], dtype=float)
    if q.shape != w.shape or scale.shape != (w.shape[1],):
        return (f"quantize_per_channel returned q of shape {q.shape} and scale of shape "
                f"{scale.shape}; for w of shape {w.shape} they must be {w.shape} and ({w.shape[1]},)")
    error = np.abs(w - q.astype(np.float64) * scale)
    half = scale / 2 * (1 + 1e-12)
    bad = error > half
    if np.any(bad):
        i, j = np.argwhere(bad)[0]
        return (f"|w - q*scale| = {error[i, j]:.6g} at [{i}, {j}] exceeds scale/2 = {scale[j] / 2:.6g}: "
                f"q must be w/scale rounded to the nearest integer")
    return None


def dtypes_as_promised(inputs, outputs, expected):
    """q is np.int8 (the point of the exercise: one byte per weight), scale and w_hat float64."""
    wanted = {"q": np.int8, "scale": np.float64, "w_hat": np.float64}
    for name, dtype in wanted.items():
        got = np.asarray(outputs[name]).dtype
        if got != dtype:
            return f"{name} has dtype {got}; the contract asks for {np.dtype(dtype).name}"
    return None
