def param_count(cfg):
    d, f, V, L = cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["n_layers"]
    return V * d * (1 if cfg["tied_embeddings"] else 2) + L * (4 * d * d + 2 * d * f + 9 * d + f) + 2 * d


def forward_flops_per_token(cfg):
    d, f, V, L, T = cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["n_layers"], cfg["seq_len"]
    return L * (8 * d * d + 4 * d * f + 4 * T * d) + 2 * d * V


def train_flops_per_step(cfg):
    return 3 * forward_flops_per_token(cfg) * cfg["batch_size"] * cfg["seq_len"]


def kv_cache_bytes(cfg):
    # one d-vector cached per token per layer
    tokens = cfg["batch_size"] * cfg["seq_len"]
    return cfg["n_layers"] * tokens * cfg["d_model"] * cfg["bytes_per_element"]
