import numpy as np


def reparam_forward(mu, log_sigma, eps):
    """Draw z ~ N(mu, sigma^2) as a differentiable function of (mu, log_sigma).

    mu, log_sigma, eps: float arrays of one shape; eps ~ N(0, 1) is given (never drawn here).
    Returns (z, cache): z = mu + exp(log_sigma) * eps, of that shape, and whatever your
    backward pass needs. Does not modify its inputs.
    """
    raise NotImplementedError("reparam_forward: sigma = exp(log_sigma), then shift and scale eps")


def reparam_backward(dz, cache):
    """Given dz = dL/dz (shape of z) and your cache, return (dmu, dlog_sigma), both new arrays
    of z's shape: the gradients of the upstream loss L. No gradient flows to eps."""
    raise NotImplementedError("reparam_backward: the chain rule through z = mu + exp(log_sigma) * eps")
