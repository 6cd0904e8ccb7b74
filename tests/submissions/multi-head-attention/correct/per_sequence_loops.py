import math

import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    N, T, D = x.shape
    d = D // num_heads
    out = np.zeros((N, T, D))
    for n in range(N):
        Q, K, V = x[n] @ Wq, x[n] @ Wk, x[n] @ Wv
        concat = np.zeros((T, D))
        for j in range(num_heads):
            c = slice(j * d, (j + 1) * d)
            for i in range(T):
                allowed = [p for p in range(T) if mask is None or mask[i, p]]
                s = np.array([Q[i, c] @ K[p, c] for p in allowed]) / math.sqrt(d)
                w = np.exp(s - s.max())
                w /= w.sum()
                concat[i, c] = sum(wp * V[p, c] for wp, p in zip(w, allowed))
        out[n] = concat @ Wo
    return out
