import numpy as np


def transformer_block_forward(x, params, num_heads):
    """One pre-LayerNorm (GPT-2) Transformer block, forward only.

    x (N, T, D); params: dict with ln1_gamma, ln1_beta, ln2_gamma, ln2_beta (D,), Wq, Wk,
    Wv, Wo (D, D), W1 (D, F), b1 (F,), W2 (F, D), b2 (D,). Do not modify x or params.
        h   = x + MHA(LN1(x))                causal multi-head self-attention, no biases
        out = h + GELU(LN2(h) W1 + b1) W2 + b2
    LN over the last axis, biased variance, eps 1e-5; GELU the tanh form. Returns out (N, T, D).
    """
    raise NotImplementedError("transformer_block_forward")
