"""How the grader calls multi-head attention: forward, then backward with the layer's own
cache. mask is passed only when the case has one (None: the default is exercised)."""


def _forward(layer, x, Wq, Wk, Wv, Wo, num_heads, mask):
    if mask is None:
        return layer.mha_forward(x, Wq, Wk, Wv, Wo, num_heads)
    return layer.mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=mask)


def run(layer, x, Wq, Wk, Wv, Wo, num_heads, mask, dout):
    out, cache = _forward(layer, x, Wq, Wk, Wv, Wo, num_heads, mask)
    dx, dWq, dWk, dWv, dWo = layer.mha_backward(dout, cache)
    return {"out": out, "dx": dx, "dWq": dWq, "dWk": dWk, "dWv": dWv, "dWo": dWo}


def forward(layer, x, Wq, Wk, Wv, Wo, num_heads, mask, dout):
    return _forward(layer, x, Wq, Wk, Wv, Wo, num_heads, mask)[0]


def protocol(layer, num_heads, mask, **arrays):
    """Twice, backward twice on one cache, and two cases in flight (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        out, cache = _forward(layer, given["x"], given["Wq"], given["Wk"], given["Wv"], given["Wo"],
                              num_heads, mask)
        return {"out": out}, cache

    def backward_pass(given, cache):
        names = ("dx", "dWq", "dWk", "dWv", "dWo")
        return dict(zip(names, layer.mha_backward(given["dout"], cache)))

    return layer_protocol(forward_pass, backward_pass, arrays)
