"""How the grader calls an attention layer: forward, then backward with the layer's own cache.

With mask None the forward is called with three arguments, so the default `mask=None`
is exercised; otherwise the mask is passed as the fourth argument. The mask must reach the
layer as a bool array (False = blocked): anything else would be a bug in the exercise's
cases, so the driver refuses it loudly instead of letting `~mask` mean something else.
"""


def _forward(layer, q, k, v, mask):
    if mask is None:
        return layer.attention_forward(q, k, v)
    if getattr(getattr(mask, "dtype", None), "kind", None) != "b":
        raise TypeError(f"exercise bug: the mask must be a bool array, got {type(mask).__name__} "
                        f"{getattr(mask, 'dtype', '')}")
    return layer.attention_forward(q, k, v, mask)


def run(layer, q, k, v, mask, dout):
    out, cache = _forward(layer, q, k, v, mask)
    dq, dk, dv = layer.attention_backward(dout, cache)
    return {"out": out, "dq": dq, "dk": dk, "dv": dv}


def forward(layer, q, k, v, mask, dout):
    out, _ = _forward(layer, q, k, v, mask)
    return out


def protocol(layer, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        out, cache = _forward(layer, given["q"], given["k"], given["v"], given["mask"])
        return {"out": out}, cache

    def backward_pass(given, cache):
        dq, dk, dv = layer.attention_backward(given["dout"], cache)
        return {"dq": dq, "dk": dk, "dv": dv}

    return layer_protocol(forward_pass, backward_pass, inputs)
