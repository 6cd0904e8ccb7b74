"""How the grader calls a GELU layer: forward, then backward with the layer's own cache.

`run` first makes the same call while x and dout hold other values of the same shapes
(written into the very same arrays, then restored), and reports the second call: a result
kept in the module under a key other than the values (the shape, the id of x) is handed
out again there, and the close check sees the first call's values."""


def _primed(call, arrays):
    """call() once while every float array of `arrays` holds other values (a sibling case,
    written in place and restored afterwards), then return call() on the real values."""
    import numpy as np
    from mlfun.grader.stateful import sibling

    saved = {name: a.copy() for name, a in arrays.items()
             if isinstance(a, np.ndarray) and a.dtype.kind == "f" and a.ndim and a.flags.writeable}
    try:
        for name, a in saved.items():
            arrays[name][...] = sibling(a)
        call()
    finally:
        for name, a in saved.items():
            arrays[name][...] = a
    return call()


def run(layer, x, dout):
    def call():
        out, cache = layer.gelu_forward(x)
        dx = layer.gelu_backward(dout, cache)
        return {"out": out, "dx": dx}

    return _primed(call, {"x": x, "dout": dout})


def forward(layer, x, dout):
    out, _ = layer.gelu_forward(x)
    return out


def protocol(layer, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        out, cache = layer.gelu_forward(given["x"])
        return {"out": out}, cache

    def backward_pass(given, cache):
        return {"dx": layer.gelu_backward(given["dout"], cache)}

    return layer_protocol(forward_pass, backward_pass, inputs)
