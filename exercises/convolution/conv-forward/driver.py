"""How the grader calls the forward pass: once, reporting the output and the cache."""


def run(layer, x, w, b, conv_param):
    result = layer.conv_forward_naive(x, w, b, conv_param)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("conv_forward_naive must return a tuple of two values, (out, cache)")
    out, cache = result
    return {"out": out, "cache": cache}
