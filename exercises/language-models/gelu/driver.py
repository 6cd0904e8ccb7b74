"""How the grader calls a GELU layer: forward, then backward with the layer's own cache."""


def run(layer, x, dout):
    out, cache = layer.gelu_forward(x)
    dx = layer.gelu_backward(dout, cache)
    return {"out": out, "dx": dx}


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
