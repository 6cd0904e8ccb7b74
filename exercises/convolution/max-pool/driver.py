"""How the grader calls a max-pooling layer: forward, then backward with the layer's own cache."""


def _forward(layer, x, pool_param):
    result = layer.max_pool_forward_naive(x, pool_param)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("max_pool_forward_naive must return a tuple of two values, (out, cache)")
    return result


def run(layer, x, pool_param, dout):
    out, cache = _forward(layer, x, pool_param)
    dx = layer.max_pool_backward_naive(dout, cache)
    return {"out": out, "dx": dx}


def forward(layer, x, pool_param, dout):
    return _forward(layer, x, pool_param)[0]
