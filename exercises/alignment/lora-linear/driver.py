"""How the grader calls a LoRA layer: forward, then backward with the layer's own cache.
The backward must return exactly (dx, dA, dB): W0 is frozen."""


def run(layer, x, W0, A, B, alpha, dy):
    y, cache = layer.lora_forward(x, W0, A, B, alpha)
    dx, dA, dB = layer.lora_backward(dy, cache)
    return {"y": y, "dx": dx, "dA": dA, "dB": dB}


def forward(layer, x, W0, A, B, alpha, dy):
    return layer.lora_forward(x, W0, A, B, alpha)[0]


def protocol(layer, alpha, **arrays):
    """Twice, backward twice on one cache, and two cases in flight (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        y, cache = layer.lora_forward(given["x"], given["W0"], given["A"], given["B"], alpha)
        return {"y": y}, cache

    def backward_pass(given, cache):
        return dict(zip(("dx", "dA", "dB"), layer.lora_backward(given["dy"], cache)))

    return layer_protocol(forward_pass, backward_pass, arrays)
