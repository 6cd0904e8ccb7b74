import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    # Normalize the columns of x.T, i.e. each sample over its features, as batch norm would.
    eps = ln_param.get("eps", 1e-5)
    xt = x.T                                    # (D, N)
    mu = xt.mean(axis=0)
    var = xt.var(axis=0)
    std = np.sqrt(var + eps)
    xhat_t = (xt - mu) / std
    out = xhat_t.T * gamma + beta
    return out, (xhat_t, std, gamma)


def layernorm_backward(dout, cache):
    xhat_t, std, gamma = cache
    D = xhat_t.shape[0]
    dgamma = np.sum(dout * xhat_t.T, axis=0)
    dbeta = np.sum(dout, axis=0)
    dxhat_t = (dout * gamma).T                  # (D, N)
    dx_t = (D * dxhat_t - dxhat_t.sum(axis=0) - xhat_t * (dxhat_t * xhat_t).sum(axis=0)) / (D * std)
    return dx_t.T, dgamma, dbeta
