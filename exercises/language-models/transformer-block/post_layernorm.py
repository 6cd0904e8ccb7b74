"""Mistake post-layernorm, as an override: LN after each residual add (the original Transformer)."""


def transformer_block_forward(x, params, num_heads):
    p = params
    attended = causal_self_attention(x,
                                     p["Wq"], p["Wk"], p["Wv"], p["Wo"], num_heads)
    h = layer_norm(x + attended, p["ln1_gamma"], p["ln1_beta"])        # normalized after the add
    hidden = gelu(h @ p["W1"] + p["b1"])
    return layer_norm(h + hidden @ p["W2"] + p["b2"], p["ln2_gamma"], p["ln2_beta"])
