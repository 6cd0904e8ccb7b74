"""How the grader calls the forward pass: once, reporting the output and the cache."""


def run(layer, x, w, b, conv_param):
    result = layer.conv_forward_naive(x, w, b, conv_param)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("conv_forward_naive must return a tuple of two values, (out, cache)")
    out, cache = result
    return {"out": out, "cache": cache}


def protocol(layer, **inputs):
    """Twice, and two cases in flight (forward only): the protocol check compares the stages
    (stateful.py); a result memoized by shape, or a buffer reused between calls, shows."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        return run(layer, **given), None

    return layer_protocol(forward_pass, None, inputs)
