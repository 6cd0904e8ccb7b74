import numpy as np

EPS = 1e-5
GELU_C = np.sqrt(2 / np.pi)


class Block:
    def __init__(self, params, num_heads):
        self.p, self.h = params, num_heads

    def norm(self, z, which):
        mu = np.mean(z, axis=-1, keepdims=True)
        sd = np.sqrt(np.mean(np.square(z - mu), axis=-1, keepdims=True) + EPS)
        return self.p[which + "_gamma"] * ((z - mu) / sd) + self.p[which + "_beta"]

    def mha(self, z):
        N, T, D = z.shape
        d = D // self.h
        split = lambda m: m.reshape(N, T, self.h, d)
        q, k, v = split(z @ self.p["Wq"]), split(z @ self.p["Wk"]), split(z @ self.p["Wv"])
        s = np.einsum("nthd,nshd->nhts", q, k) / np.sqrt(d)
        future = np.triu(np.ones((T, T), dtype=bool), k=1)
        s[..., future] = -np.inf
        a = np.exp(s - s.max(axis=-1, keepdims=True))
        a /= a.sum(axis=-1, keepdims=True)
        return np.einsum("nhts,nshd->nthd", a, v).reshape(N, T, D) @ self.p["Wo"]

    def mlp(self, z):
        u = z @ self.p["W1"] + self.p["b1"]
        g = 0.5 * u * (1 + np.tanh(GELU_C * (u + 0.044715 * u ** 3)))
        return g @ self.p["W2"] + self.p["b2"]

    def __call__(self, x):
        h = self.norm(x + self.mha(x), "ln1")
        return self.norm(h + self.mlp(h), "ln2")


def transformer_block_forward(x, params, num_heads):
    return Block(params, num_heads)(x)
