import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    """Batch normalization of x (N, D), feature by feature, then scale by gamma (D,), shift by beta (D,).

    bn_param: dict with 'mode' ('train' or 'test'), optional 'eps' (1e-5), 'momentum' (0.9),
    'running_mean' and 'running_var' (each (D,), zeros when absent). In train mode, normalize
    with the batch mean and biased variance and store the updated running averages back into
    bn_param; in test mode, normalize with the running averages. Returns (out, cache).
    """
    raise NotImplementedError("batchnorm_forward")


def batchnorm_backward(dout, cache):
    """Given dout (N, D) and the cache of a train-mode forward pass, return (dx, dgamma, dbeta)."""
    raise NotImplementedError("batchnorm_backward")
