import numpy as np

LN_EPS = 1e-5


def layer_norm(z, gamma, beta):
    mu = z.mean(axis=-1, keepdims=True)
    var = ((z - mu) ** 2).mean(axis=-1, keepdims=True)     # biased: divide by D
    return gamma * (z - mu) / np.sqrt(var + LN_EPS) + beta


def gelu(z):
    return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)))


def causal_self_attention(z, Wq, Wk, Wv, Wo, num_heads):
    N, T, D = z.shape
    d = D // num_heads

    def split_heads(m):                                     # (N, T, D) -> (N, h, T, d)
        return m.reshape(N, T, num_heads, d).transpose(0, 2, 1, 3)

    Q, K, V = split_heads(z @ Wq), split_heads(z @ Wk), split_heads(z @ Wv)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d)      # (N, h, T, T)
    causal = np.tril(np.ones((T, T), dtype=bool))           # position t sees s <= t
    scores = np.where(causal, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    heads = weights @ V
    return heads.transpose(0, 2, 1, 3).reshape(N, T, D) @ Wo


def transformer_block_forward(x, params, num_heads):
    p = params
    attended = causal_self_attention(layer_norm(x, p["ln1_gamma"], p["ln1_beta"]),
                                     p["Wq"], p["Wk"], p["Wv"], p["Wo"], num_heads)
    h = x + attended                                        # residual around attention
    hidden = gelu(layer_norm(h, p["ln2_gamma"], p["ln2_beta"]) @ p["W1"] + p["b1"])
    return h + hidden @ p["W2"] + p["b2"]                   # residual around the MLP
