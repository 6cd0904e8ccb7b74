"""How the grader calls a Transformer block: once on x, and once more with the positions from
t0 = T // 2 on changed (deterministically), to check that the block is causal: the outputs
at positions before t0 must not move."""


def run(impl, x, params, num_heads):
    out = impl.transformer_block_forward(x, params, num_heads)
    t0 = x.shape[1] // 2
    later_changed = x.copy()
    later_changed[:, t0:] = 0.5 + 0.75 * x[:, t0:][:, ::-1]
    moved = impl.transformer_block_forward(later_changed, params, num_heads)
    return {"out": out, "out before t0, x changed from t0 on": moved[:, :t0].copy()}
