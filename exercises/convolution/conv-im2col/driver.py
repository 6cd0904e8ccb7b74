"""How the grader calls the fast forward pass: only `out` is compared (the cache is yours)."""


def run(layer, x, w, b, conv_param):
    result = layer.conv_forward_fast(x, w, b, conv_param)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("conv_forward_fast must return a tuple of two values, (out, cache)")
    return {"out": result[0]}
