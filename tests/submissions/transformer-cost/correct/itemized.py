def param_count(cfg):
    d, f = cfg["d_model"], cfg["d_ff"]
    attention = 4 * (d * d + d)           # Wq, Wk, Wv, Wo with biases
    mlp = d * f + f + f * d + d
    norms = 2 * (2 * d)
    layers = cfg["n_layers"] * (attention + mlp + norms)
    embedding = cfg["vocab_size"] * d
    head = 0 if cfg["tied_embeddings"] else cfg["vocab_size"] * d
    return embedding + layers + 2 * d + head


def forward_flops_per_token(cfg):
    d, f, T = cfg["d_model"], cfg["d_ff"], cfg["seq_len"]
    total = 0
    for _ in range(cfg["n_layers"]):
        total += 2 * d * (3 * d)          # q, k, v
        total += 2 * T * d                # q . k for all T keys
        total += 2 * T * d                # weights @ v
        total += 2 * d * d                # output projection
        total += 2 * d * f + 2 * f * d    # mlp
    return total + 2 * d * cfg["vocab_size"]


def train_flops_per_step(cfg):
    return 3 * cfg["batch_size"] * cfg["seq_len"] * forward_flops_per_token(cfg)


def kv_cache_bytes(cfg):
    per_token_per_layer = 2 * cfg["d_model"]
    return per_token_per_layer * cfg["n_layers"] * cfg["seq_len"] * cfg["batch_size"] * cfg["bytes_per_element"]
