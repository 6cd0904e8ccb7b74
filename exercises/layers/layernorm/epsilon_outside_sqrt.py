"""Mistake epsilon-outside-sqrt, as an override of the reference: layernorm_forward adds eps
after the square root (the backward divides by the cached std as it is)."""


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)                   # (N, 1): one mean per sample
    var = ((x - mu) ** 2).mean(axis=1, keepdims=True)    # (N, 1): biased, divide by D
    std = np.sqrt(var) + eps                             # eps outside the root
    x_hat = (x - mu) / std                               # (N, D)
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, std)
