"""The return type of warmup_cosine: a float for an int step, an array shaped like the steps."""
import numpy as np


def returns_float_or_array(inputs, outputs, expected):
    lr = outputs.get("lr") if isinstance(outputs, dict) else None
    step = inputs["step"]
    if np.ndim(step) == 0:
        if isinstance(lr, float):
            return None
        what = (f"an array of shape {lr.shape}" if isinstance(lr, np.ndarray)
                else f"a {type(lr).__name__}")
        return (f"for the int step {step} your function returned {what}; return a plain float "
                "(float(...) turns a 0-d array or an np.float64 into one)")
    if not isinstance(lr, np.ndarray):
        return f"for an array of steps your function returned {type(lr).__name__}, expected a NumPy array"
    if lr.shape != np.shape(step) or lr.dtype.kind != "f":
        return (f"for steps of shape {np.shape(step)} your function returned an array of shape {lr.shape} "
                f"and dtype {lr.dtype}, expected a float array of the same shape as the steps")
    return None
