"""How the grader calls a max-pooling layer: forward, then backward with the layer's own cache."""


def _forward(layer, x, pool_param):
    result = layer.max_pool_forward_naive(x, pool_param)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("max_pool_forward_naive must return a tuple of two values, (out, cache)")
    return result


def run(layer, x, pool_param, dout):
    from mlfun.grader.contract import cache_is

    out, cache = _forward(layer, x, pool_param)
    form = cache_is(cache, x, pool_param)
    dx = layer.max_pool_backward_naive(dout, cache)
    return {"out": out, "dx": dx, "rule: the cache is (x, pool_param)": form}


def forward(layer, x, pool_param, dout):
    return _forward(layer, x, pool_param)[0]


def protocol(layer, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        out, cache = _forward(layer, given["x"], given["pool_param"])
        return {"out": out}, cache

    def backward_pass(given, cache):
        return {"dx": layer.max_pool_backward_naive(given["dout"], cache)}

    return layer_protocol(forward_pass, backward_pass, inputs)
