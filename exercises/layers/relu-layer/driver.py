"""How the grader calls a ReLU layer: forward, then backward with the layer's own cache."""


def run(layer, x, dout):
    out, cache = layer.relu_forward(x)
    dx = layer.relu_backward(dout, cache)
    return {"out": out, "dx": dx}


def forward(layer, x, dout):
    out, _ = layer.relu_forward(x)
    return out


def protocol(layer, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        out, cache = layer.relu_forward(given["x"])
        return {"out": out}, cache

    def backward_pass(given, cache):
        return {"dx": layer.relu_backward(given["dout"], cache)}

    return layer_protocol(forward_pass, backward_pass, inputs)
