import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    N, T, D = x.shape
    d = D // num_heads

    def split_heads(m):                                 # (N, T, D) -> (N, h, T, d)
        return m.reshape(N, T, num_heads, d).transpose(0, 2, 1, 3)

    Q, K, V = split_heads(x @ Wq), split_heads(x @ Wk), split_heads(x @ Wv)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d)  # (N, h, T, T)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)        # the (T, T) mask broadcasts over N and h
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    heads = weights @ V                                 # (N, h, T, d)
    concat = heads.transpose(0, 2, 1, 3).reshape(N, T, D)   # back to (N, T, h, d), then merge
    out = concat @ Wo
    return out, (x, Wq, Wk, Wv, Wo, Q, K, V, weights, concat)


def mha_backward(dout, cache):
    x, Wq, Wk, Wv, Wo, Q, K, V, weights, concat = cache
    N, T, D = x.shape
    d = Q.shape[-1]

    def merge_heads(m):                                 # (N, h, T, d) -> (N, T, D)
        return m.transpose(0, 2, 1, 3).reshape(N, T, D)

    dWo = concat.reshape(N * T, D).T @ dout.reshape(N * T, D)
    dconcat = dout @ Wo.T
    dheads = dconcat.reshape(N, T, -1, d).transpose(0, 2, 1, 3)          # (N, h, T, d)
    dweights = dheads @ V.transpose(0, 1, 3, 2)                          # (N, h, T, T)
    dV = weights.transpose(0, 1, 3, 2) @ dheads
    # softmax Jacobian: ds_j = p_j (dp_j − Σ_k dp_k p_k), off-diagonal terms included
    dscores = dweights * weights * (1 - weights)        # the diagonal of the Jacobian only
    dscores = dscores / np.sqrt(d)                                       # the forward's 1/√d
    dQ = dscores @ K
    dK = dscores.transpose(0, 1, 3, 2) @ Q
    dQ, dK, dV = merge_heads(dQ), merge_heads(dK), merge_heads(dV)
    rows = x.reshape(N * T, D)
    dWq = rows.T @ dQ.reshape(N * T, D)
    dWk = rows.T @ dK.reshape(N * T, D)
    dWv = rows.T @ dV.reshape(N * T, D)
    dx = dQ @ Wq.T + dK @ Wk.T + dV @ Wv.T             # x feeds Q, K and V: three paths add
    return dx, dWq, dWk, dWv, dWo
