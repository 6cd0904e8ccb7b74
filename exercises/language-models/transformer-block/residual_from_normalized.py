"""Mistake residual-from-normalized, as an override: the residual stream carries LN(x), not x."""


def transformer_block_forward(x, params, num_heads):
    p = params
    x = layer_norm(x, p["ln1_gamma"], p["ln1_beta"])         # x replaced by its normalization
    attended = causal_self_attention(x,
                                     p["Wq"], p["Wk"], p["Wv"], p["Wo"], num_heads)
    h = x + attended                                        # residual around attention
    h = layer_norm(h, p["ln2_gamma"], p["ln2_beta"])         # h replaced by its normalization
    hidden = gelu(h @ p["W1"] + p["b1"])
    return h + hidden @ p["W2"] + p["b2"]                   # residual around the MLP
