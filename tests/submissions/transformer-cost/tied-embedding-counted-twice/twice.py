def param_count(cfg):
    d, f, V, L = cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["n_layers"]
    embedding = V * d
    lm_head = d * V
    blocks = L * (4 * d * d + 4 * d + 2 * d * f + f + d + 4 * d)
    return embedding + blocks + 2 * d + lm_head


def forward_flops_per_token(cfg):
    d, f, V, L, T = cfg["d_model"], cfg["d_ff"], cfg["vocab_size"], cfg["n_layers"], cfg["seq_len"]
    return L * (8 * d * d + 4 * d * f + 4 * T * d) + 2 * d * V


def train_flops_per_step(cfg):
    return 3 * forward_flops_per_token(cfg) * cfg["batch_size"] * cfg["seq_len"]


def kv_cache_bytes(cfg):
    return 2 * cfg["n_layers"] * cfg["batch_size"] * cfg["seq_len"] * cfg["d_model"] * cfg["bytes_per_element"]
