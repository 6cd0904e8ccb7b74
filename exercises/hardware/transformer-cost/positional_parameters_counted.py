# Mistake: positional-parameters-counted. A learned position table of seq_len x d_model is
# added, as GPT-2 has; this model has none.
def param_count(cfg):
    L, d, f, V = cfg["n_layers"], cfg["d_model"], cfg["d_ff"], cfg["vocab_size"]
    embeddings = V * d * (1 if cfg["tied_embeddings"] else 2)     # a tied head is the embedding
    per_layer = 4 * d * d + 4 * d + 2 * d * f + f + d + 4 * d       # attention, MLP, two LayerNorms
    return embeddings + L * per_layer + 2 * d + cfg["seq_len"] * d  # the mistake: learned positions


def forward_flops_per_token(cfg):
    L, d, f, V, T = cfg["n_layers"], cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["seq_len"]
    projections = 6 * d * d + 2 * d * d                             # Q, K, V and the output projection
    mlp = 4 * d * f                                                 # d -> f -> d
    attention = 2 * T * d + 2 * T * d                               # scores against all T keys, then values
    return L * (projections + mlp + attention) + 2 * d * V          # and the logits


def train_flops_per_step(cfg):
    tokens = cfg["batch_size"] * cfg["seq_len"]
    return 3 * forward_flops_per_token(cfg) * tokens                # backward = 2x forward


def kv_cache_bytes(cfg):
    L, B, T, d = cfg["n_layers"], cfg["batch_size"], cfg["seq_len"], cfg["d_model"]
    return 2 * L * B * T * d * cfg["bytes_per_element"]             # keys and values
