import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    xh = np.concatenate([x, prev_h], axis=1)      # (N, D + H)
    W = np.concatenate([Wx, Wh], axis=0)          # (D + H, H)
    h = np.tanh(xh @ W + b)
    return h, (xh, W, x.shape[1], h)


def rnn_step_backward(dnext_h, cache):
    xh, W, D, h = cache
    da = (1 - h * h) * dnext_h
    dxh = da @ W.T
    dW = xh.T @ da
    return dxh[:, :D], dxh[:, D:], dW[:D], dW[D:], da.sum(0)
