"""How the grader calls a LoRA layer: forward, then backward with the layer's own cache.
The backward must return exactly (dx, dA, dB): W0 is frozen.

`run` first makes the same calls while x, W0, A, B and dy hold other values of the same
shapes (written into the very same arrays, then restored: what an optimizer step does to A
and B), and reports the second calls: a product or result kept in the module under a key
other than the values (the shapes, the id of A) is stale there, and the close check sees it."""


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


def run(layer, x, W0, A, B, alpha, dy):
    def call():
        y, cache = layer.lora_forward(x, W0, A, B, alpha)
        dx, dA, dB = layer.lora_backward(dy, cache)
        return {"y": y, "dx": dx, "dA": dA, "dB": dB}

    return _primed(call, {"x": x, "W0": W0, "A": A, "B": B, "dy": dy})


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
