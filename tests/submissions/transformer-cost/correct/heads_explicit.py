def _get(cfg):
    return (cfg["n_layers"], cfg["d_model"], cfg["n_heads"], cfg["d_ff"], cfg["vocab_size"],
            cfg["seq_len"], cfg["batch_size"], cfg["bytes_per_element"])


def param_count(cfg):
    L, d, h, f, V, T, B, s = _get(cfg)
    per_layer = 4 * d * d + 2 * d * f + 9 * d + f
    out_proj = V * d if not cfg["tied_embeddings"] else 0
    return V * d + out_proj + L * per_layer + 2 * d


def forward_flops_per_token(cfg):
    L, d, h, f, V, T, B, s = _get(cfg)
    dh = d // h
    attn = h * (2 * T * dh + 2 * T * dh)          # per head, summed over heads
    return L * (8 * d * d + 4 * d * f + attn) + 2 * d * V


def train_flops_per_step(cfg):
    L, d, h, f, V, T, B, s = _get(cfg)
    return forward_flops_per_token(cfg) * B * T * 3


def kv_cache_bytes(cfg):
    L, d, h, f, V, T, B, s = _get(cfg)
    dh = d // h
    return L * B * T * h * dh * 2 * s
