def param_count(cfg):
    d, f, V, L = cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["n_layers"]
    emb = V * d if cfg["tied_embeddings"] else 2 * V * d
    return emb + L * (4 * d * d + 2 * d * f + 9 * d + f) + 2 * d


def forward_flops_per_token(cfg):
    d, f, V, L = cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["n_layers"]
    matmul_weights = L * (4 * d * d + 2 * d * f) + d * V     # every weight used once per token
    return 2 * matmul_weights


def train_flops_per_step(cfg):
    return 3 * forward_flops_per_token(cfg) * cfg["batch_size"] * cfg["seq_len"]


def kv_cache_bytes(cfg):
    return 2 * cfg["n_layers"] * cfg["batch_size"] * cfg["seq_len"] * cfg["d_model"] * cfg["bytes_per_element"]
