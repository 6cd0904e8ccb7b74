import math
import numpy as np


def ln(z, g, b):
    m = z.mean(-1, keepdims=True)
    v = z.var(-1, keepdims=True)
    return (z - m) / np.sqrt(v + 1e-5) * g + b


def gelu(z):
    return 0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z ** 3)))


def attention(z, P, H):
    N, T, D = z.shape
    d = D // H
    q, k, v = z @ P["Wq"], z @ P["Wk"], z @ P["Wv"]
    out = np.zeros((N, T, D))
    for j in range(H):
        c = slice(j * d, (j + 1) * d)
        for t in range(T):
            s = np.einsum("nd,nsd->ns", q[:, t, c], k[:, : t + 1, c]) / math.sqrt(d)
            w = np.exp(s - s.max(1, keepdims=True))
            w = w / w.sum(1, keepdims=True)
            out[:, t, c] = np.einsum("ns,nsd->nd", w, v[:, : t + 1, c])
    return out @ P["Wo"]


def transformer_block_forward(x, params, num_heads):
    x = ln(x, params["ln1_gamma"], params["ln1_beta"])
    h = x + attention(x, params, num_heads)
    h = ln(h, params["ln2_gamma"], params["ln2_beta"])
    m = gelu(h @ params["W1"] + params["b1"])
    return h + m @ params["W2"] + params["b2"]
