# kind: combined
# expect: unbiased-variance, statistics-treated-as-constants
# why: row variance with ddof=1 (divides by D - 1, torch.var's habit), and the backward keeps only the direct path dxhat / sigma
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param["eps"] if "eps" in ln_param else 1e-5
    mu = x.mean(axis=1, keepdims=True)
    sigma2 = x.var(axis=1, ddof=1, keepdims=True)
    inv_sigma = 1.0 / np.sqrt(sigma2 + eps)
    xhat = (x - mu) * inv_sigma
    out = gamma[None, :] * xhat + beta[None, :]
    return out, {"xhat": xhat, "gamma": gamma, "inv_sigma": inv_sigma}


def layernorm_backward(dout, cache):
    xhat, gamma, inv_sigma = cache["xhat"], cache["gamma"], cache["inv_sigma"]
    dxhat = dout * gamma
    # x_hat = (x - mu) * inv_sigma, so d x_hat / d x = inv_sigma
    dx = dxhat * inv_sigma
    dgamma = (dout * xhat).sum(0)
    dbeta = dout.sum(0)
    return dx, dgamma, dbeta
