import numpy as np


def _normalize_row(row, eps):
    d = row.shape[0]
    mu = row.sum() / d
    centered = row - mu
    var = centered @ centered / d
    inv_std = 1.0 / np.sqrt(var + eps)
    return centered * inv_std, inv_std


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param["eps"] if "eps" in ln_param else 1e-5
    rows = [_normalize_row(r, eps) for r in x]
    x_hat = np.array([r[0] for r in rows]).reshape(x.shape)
    inv_std = np.array([r[1] for r in rows])[:, None]
    out = x_hat * gamma[None, :] + beta[None, :]
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    D = dout.shape[1]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    g = dout * gamma
    dx = inv_std / D * (D * g - g.sum(axis=1, keepdims=True) - x_hat * (g * x_hat).sum(axis=1, keepdims=True))
    return dx, dgamma, dbeta
