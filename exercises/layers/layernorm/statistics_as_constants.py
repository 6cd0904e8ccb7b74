"""Mistake statistics-treated-as-constants, as an override of the reference:
layernorm_backward differs."""


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    a = dx_hat.mean(axis=1, keepdims=True)               # the path through the sample's mean
    b = (dx_hat * x_hat).mean(axis=1, keepdims=True)     # the path through the sample's variance
    dx = dx_hat / std                                    # mean and variance treated as constants: a, b unused
    return dx, dgamma, dbeta
