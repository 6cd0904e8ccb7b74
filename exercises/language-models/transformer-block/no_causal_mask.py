"""Mistake no-causal-mask, as an override: every position attends to every other, later ones too."""


def causal_self_attention(z, Wq, Wk, Wv, Wo, num_heads):
    N, T, D = z.shape
    d = D // num_heads

    def split_heads(m):                                     # (N, T, D) -> (N, h, T, d)
        return m.reshape(N, T, num_heads, d).transpose(0, 2, 1, 3)

    Q, K, V = split_heads(z @ Wq), split_heads(z @ Wk), split_heads(z @ Wv)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d)      # (N, h, T, T)
    scores = scores - scores.max(axis=-1, keepdims=True)    # no mask: the future is visible
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    heads = weights @ V
    return heads.transpose(0, 2, 1, 3).reshape(N, T, D) @ Wo
