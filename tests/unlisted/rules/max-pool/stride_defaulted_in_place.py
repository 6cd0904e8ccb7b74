# expect: changed the dict 'pool_param'
# Fills in a default with pool_param.setdefault("stride", ...): harmless when the key is
# there, but it writes into the caller's dict, and the cache then holds that same dict.
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph, pw = pool_param["pool_height"], pool_param["pool_width"]
    s = pool_param.setdefault("stride", ph)
    pool_param["windows"] = ((x.shape[2] - ph) // s + 1, (x.shape[3] - pw) // s + 1)
    Ho, Wo = pool_param["windows"]
    out = np.empty(x.shape[:2] + (Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros_like(x)
    Ho, Wo = dout.shape[2:]
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            mask = window == window.max(axis=(2, 3), keepdims=True)
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += mask * dout[:, :, i, j][:, :, None, None]
    return dx
