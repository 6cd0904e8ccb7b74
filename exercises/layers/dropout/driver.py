"""How the grader calls a dropout layer.

Every case runs the layer the way training and evaluation use it: a train-mode forward
and backward, a second train-mode forward with the same seed (when a seed is given), and
a test-mode forward and backward. On large inputs it also counts the entries kept by
REPEATS more train-mode forwards (other seeds, or none), for the test that the number kept
varies as independent draws make it vary. The layer's own mask is never asked for: the
checks recover it from out and x.
"""

REPEATS = 40
LARGE = 10_000      # entries: below this, the counts would not be tested


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
    if x.size >= LARGE:
        result["kept_counts"] = _kept_counts(layer, x, p, seed)
    return result


def _kept_counts(layer, x, p, seed):
    import numpy as np

    counts = []
    for k in range(REPEATS):
        again = None if seed is None else (seed + 1 + k) % 2147483647
        out, _ = layer.dropout_forward(x, _param(p, "train", again))
        counts.append(np.count_nonzero(out) if isinstance(out, np.ndarray) else -1)
    return np.array(counts, dtype=np.int64)


def forward_test(layer, x, dout, p, seed):
    """The test-mode forward pass, for the gradient check of dx_test."""
    out, _ = layer.dropout_forward(x, _param(p, "test", seed))
    return out


def protocol(layer, x, dout, p, seed):
    """Train mode, for the protocol check (stateful.py). With a seed: twice, and two cases in
    flight (B with another seed, so a mask kept in the module shows); without one: two
    forward calls, whose masks must differ."""
    from mlfun.grader.stateful import layer_protocol, sibling, unseeded_protocol

    def forward_pass(given):
        out, cache = layer.dropout_forward(given["x"], _param(p, "train", given["seed"]))
        return {"out": out}, cache

    def backward_pass(given, cache):
        return {"dx": layer.dropout_backward(given["dout"], cache)}

    given = {"x": x, "dout": dout, "seed": seed}
    if seed is None:
        return unseeded_protocol(forward_pass, given)
    other = {**sibling({"x": x, "dout": dout}), "seed": (seed + 1) % 2147483647}
    return layer_protocol(forward_pass, backward_pass, given, other)
