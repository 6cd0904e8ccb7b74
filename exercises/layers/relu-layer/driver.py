"""How the grader calls a ReLU layer: forward, then backward with the layer's own cache."""


def run(layer, x, dout):
    out, cache = layer.relu_forward(x)
    dx = layer.relu_backward(dout, cache)
    return {"out": out, "dx": dx}


def forward(layer, x, dout):
    out, _ = layer.relu_forward(x)
    return out
