def param_count(cfg):
    """The number of parameters of a decoder-only pre-LayerNorm GPT-2-style model, a Python int.

    cfg: a dict with ints n_layers, d_model, n_heads, d_ff, vocab_size, seq_len, batch_size,
    bytes_per_element and the bool tied_embeddings; not modified. No positional parameters;
    biases on Wq, Wk, Wv, Wo and the MLP; no bias on the output head, which is the embedding
    matrix itself when tied.
    """
    raise NotImplementedError("param_count")


def forward_flops_per_token(cfg):
    """Matmul FLOPs (a multiply-add = 2) of one token's forward pass, attending to all
    seq_len keys, logits included: a Python int."""
    raise NotImplementedError("forward_flops_per_token")


def train_flops_per_step(cfg):
    """Forward plus backward (2x forward) FLOPs over the batch_size * seq_len tokens of one
    training step: a Python int."""
    raise NotImplementedError("train_flops_per_step")


def kv_cache_bytes(cfg):
    """Bytes of the keys and values cached for batch_size sequences of seq_len tokens in
    every layer: a Python int."""
    raise NotImplementedError("kv_cache_bytes")
