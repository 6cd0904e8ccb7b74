"""How the grader calls a Transformer block: once on x, and once more with the positions from
t0 = T // 2 on changed (deterministically), to check that the block is causal: the outputs
at positions before t0 must not move.

Before the call it reports, `run` makes the same call while x and every array of params hold
other values of the same shapes (written into the very same arrays, then restored: what a
training step does to the weights): a result kept in the module under a key other than the
values (the shapes, the id of params) is stale for the reported call, and the close check
sees it."""


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


def run(impl, x, params, num_heads):
    arrays = {"x": x, **{"params " + name: value for name, value in params.items()}}
    out = _primed(lambda: impl.transformer_block_forward(x, params, num_heads), arrays)
    t0 = x.shape[1] // 2
    later_changed = x.copy()
    later_changed[:, t0:] = 0.5 + 0.75 * x[:, t0:][:, ::-1]
    moved = impl.transformer_block_forward(later_changed, params, num_heads)
    return {"out": out, "out before t0, x changed from t0 on": moved[:, :t0].copy()}
