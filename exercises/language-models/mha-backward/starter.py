import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    """Multi-head self-attention over x (N, T, D), exactly as in multi-head-attention.

    Wq, Wk, Wv, Wo: (D, D); d = D // num_heads; head j uses columns j*d ... (j+1)*d - 1 of
    Q = x Wq, K = x Wk, V = x Wv; each head: softmax over the keys of Q_j K_jᵀ / sqrt(d)
    (blocked scores, mask False, set to -inf first), times V_j; out = concat(heads) Wo.
    Returns (out, cache): out (N, T, D), the cache yours. Do not modify the inputs.
    """
    raise NotImplementedError("mha_forward")


def mha_backward(dout, cache):
    """Given dout (N, T, D) and your cache, return (dx, dWq, dWk, dWv, dWo), the gradients
    of sum(out * dout), shaped like x, Wq, Wk, Wv, Wo."""
    raise NotImplementedError("mha_backward")
