"""Mistake statistics-treated-as-constants, as an override of the reference:
batchnorm_backward differs."""


def batchnorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    dx = dx_hat / std                             # as if mu and var did not depend on x
    return dx, dgamma, dbeta
