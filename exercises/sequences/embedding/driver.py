"""How the grader calls an embedding layer: forward, then backward with the layer's own cache.

The word indices must reach the layer as integers: an index array of floats would be a
bug in the exercise's cases, not the learner's, so the driver refuses it loudly.
"""


def _check_indices(x):
    if x.dtype.kind not in "iu":
        raise TypeError(f"exercise bug: the word indices x must be an integer array, got {x.dtype}")


def run(layer, x, W, dout):
    _check_indices(x)
    out, cache = layer.word_embedding_forward(x, W)
    dW = layer.word_embedding_backward(dout, cache)
    return {"out": out, "dW": dW}


def forward(layer, x, W, dout):
    _check_indices(x)
    out, _ = layer.word_embedding_forward(x, W)
    return out


def protocol(layer, x, W, dout):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    _check_indices(x)

    def forward_pass(given):
        out, cache = layer.word_embedding_forward(given["x"], given["W"])
        return {"out": out}, cache

    def backward_pass(given, cache):
        return {"dW": layer.word_embedding_backward(given["dout"], cache)}

    return layer_protocol(forward_pass, backward_pass, {"x": x, "W": W, "dout": dout})
