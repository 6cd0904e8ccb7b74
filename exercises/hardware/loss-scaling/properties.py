"""Property checks for the loss scaler, run in the grader on the learner's outputs."""
import numpy as np


def grads_unmodified(inputs, outputs, expected):
    if "grads" not in inputs:
        return None
    before = inputs["grads"]
    after = outputs.get("grads_after") if isinstance(outputs, dict) else None
    if not isinstance(after, list) or len(after) != len(before):
        return "the list grads changed length during the call: leave the caller's list as it was"
    for i, (b, a) in enumerate(zip(before, after)):
        if not (isinstance(a, np.ndarray) and a.dtype == b.dtype and a.shape == b.shape
                and np.array_equal(a, b, equal_nan=True)):
            return (f"your code changed grads[{i}] in place (its values or its dtype): the float16 "
                    "gradients belong to the caller, so build new float32 arrays "
                    "(g.astype(np.float32) / scale), never g /= scale")
    return None


def grads_are_float32(inputs, outputs, expected):
    if not isinstance(outputs, dict):
        return None
    key = "grads32" if "grads32" in outputs else "last_grads32" if "last_grads32" in outputs else None
    if key is None:
        return None
    got, want = outputs[key], expected[key]
    if not isinstance(got, list) or len(got) != len(want):
        return f"unscale_grads returned {type(got).__name__} for grads32, expected a list of {len(want)} arrays"
    for i, (g, w) in enumerate(zip(got, want)):
        if not isinstance(g, (np.ndarray, np.generic)) or g.dtype != np.float32:
            kind = g.dtype if isinstance(g, (np.ndarray, np.generic)) else type(g).__name__
            return (f"grads32[{i}] has dtype {kind}, expected float32: the optimizer step runs on "
                    "float32 master gradients, so convert to float32 (and divide there)")
        if np.shape(g) != np.shape(w):
            return f"grads32[{i}] has shape {np.shape(g)}, expected {np.shape(w)} (the shape of grads[{i}])"
    return None
