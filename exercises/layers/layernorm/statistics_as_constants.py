"""Mistake statistics-treated-as-constants, as an override of the reference:
layernorm_backward differs."""


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx = dout * gamma / std                              # mean and variance treated as constants
    return dx, dgamma, dbeta
