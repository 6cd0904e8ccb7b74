"""Mistake unbiased-variance, as an override of the reference: layernorm_forward divides the
variance by D - 1 (the backward keeps the reference's, as a learner who changes one line would)."""


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)                   # (N, 1): one mean per sample
    var = x.var(axis=1, ddof=1, keepdims=True)           # unbiased: divides by D - 1
    std = np.sqrt(var + eps)
    x_hat = (x - mu) / std                               # (N, D)
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, std)
