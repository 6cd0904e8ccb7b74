"""How the grader calls an affine layer: forward, then backward with the layer's own cache."""


def run(layer, x, w, b, dout):
    from mlfun.grader.contract import cache_is

    out, cache = layer.affine_forward(x, w, b)
    form = cache_is(cache, x, w, b)              # before backward, which may unpack it
    dx, dw, db = layer.affine_backward(dout, cache)
    return {"out": out, "dx": dx, "dw": dw, "db": db, "rule: the cache is (x, w, b), x unflattened": form}


def forward(layer, x, w, b, dout):
    out, _ = layer.affine_forward(x, w, b)
    return out


def protocol(layer, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        out, cache = layer.affine_forward(given["x"], given["w"], given["b"])
        return {"out": out}, cache

    def backward_pass(given, cache):
        dx, dw, db = layer.affine_backward(given["dout"], cache)
        return {"dx": dx, "dw": dw, "db": db}

    return layer_protocol(forward_pass, backward_pass, inputs)
