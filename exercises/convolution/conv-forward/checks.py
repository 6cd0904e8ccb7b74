"""The cache of the forward pass: conv_backward_naive unpacks exactly (x, w, b, conv_param)."""
import numpy as np

WANTED = ("the cache must be the tuple (x, w, b, conv_param) of the arguments exactly as "
          "given (not the padded x): the backward pass unpacks it")


def cache_is_inputs(inputs, outputs, expected):
    cache = outputs.get("cache") if isinstance(outputs, dict) else None
    if not isinstance(cache, (tuple, list)) or len(cache) != 4:
        got = f"a {type(cache).__name__} of {len(cache)} items" if isinstance(cache, (tuple, list)) \
            else type(cache).__name__
        return f"{WANTED}; yours is {got}"
    for k, name in enumerate(("x", "w", "b")):
        got, want = cache[k], inputs[name]
        if not isinstance(got, np.ndarray):
            return f"{WANTED}; its item {k} should be {name} but is a {type(got).__name__}"
        if got.shape != want.shape:
            return f"{WANTED}; its item {k} has shape {got.shape}, but {name} has shape {want.shape}"
        if not np.array_equal(got, want):
            return f"{WANTED}; its item {k} has the shape of {name} but other values"
    param = cache[3]
    want = inputs["conv_param"]
    if not isinstance(param, dict) or any(param.get(k) != v for k, v in want.items()):
        return f"{WANTED}; its item 3 should be conv_param, {want}, but is {param!r}"
    return None
