# expect: your backward used the input of the last forward call, not the cache it was given
# expect: keep state in the cache, not in the module
# A max-pool whose forward keeps x in a module global and whose backward ignores its cache:
# right whenever backward follows its own forward, wrong with two cases in flight.
import numpy as np

_last = {}


def max_pool_forward_naive(x, pool_param):
    ph, pw, stride = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    out = np.zeros((N, C, 1 + (H - ph) // stride, 1 + (W - pw) // stride))
    for i in range(out.shape[2]):
        for j in range(out.shape[3]):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + ph, j * stride:j * stride + pw].max(axis=(2, 3))
    _last["x"], _last["param"] = x, pool_param
    return out, None


def max_pool_backward_naive(dout, cache):
    x, pool_param = _last["x"], _last["param"]
    ph, pw, stride = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros(x.shape)
    N, C, H_out, W_out = dout.shape
    for n in range(N):
        for c in range(C):
            for i in range(H_out):
                for j in range(W_out):
                    window = x[n, c, i * stride:i * stride + ph, j * stride:j * stride + pw]
                    a, e = np.unravel_index(np.argmax(window), window.shape)
                    dx[n, c, i * stride + a, j * stride + e] += dout[n, c, i, j]
    return dx
