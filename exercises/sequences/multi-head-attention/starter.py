import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    """Multi-head self-attention over x (N, T, D); returns out (N, T, D).

    Wq, Wk, Wv, Wo: (D, D); D is divisible by num_heads, and d = D // num_heads.
    Q = x Wq, K = x Wk, V = x Wv; head j uses the contiguous columns j*d ... (j+1)*d - 1.
    Each head: softmax over the keys of (Q_j K_jᵀ / sqrt(d)), then times V_j.
    out = concat(heads) Wo. mask: None or a bool (T, T) array, False = blocked.
    Do not modify the inputs.
    """
    raise NotImplementedError("mha_forward")
