"""How the grader calls a dropout layer.

Every case runs the layer the way training and evaluation use it: a train-mode forward
and backward, a second train-mode forward with the same seed (when a seed is given), and
a test-mode forward and backward. The layer's own mask is never asked for: the checks
recover it from out and x.
"""


def _param(p, mode, seed):
    param = {"p": p, "mode": mode}
    if seed is not None:
        param["seed"] = seed
    return param


def run(layer, x, dout, p, seed):
    out, cache = layer.dropout_forward(x, _param(p, "train", seed))
    dx = layer.dropout_backward(dout, cache)
    result = {"out": out, "dx": dx}
    if seed is not None:
        result["out_again"], _ = layer.dropout_forward(x, _param(p, "train", seed))
    out_test, cache_test = layer.dropout_forward(x, _param(p, "test", seed))
    result["out_test"] = out_test
    result["dx_test"] = layer.dropout_backward(dout, cache_test)
    return result


def forward_test(layer, x, dout, p, seed):
    """The test-mode forward pass, for the gradient check of dx_test."""
    out, _ = layer.dropout_forward(x, _param(p, "test", seed))
    return out
