import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros(xp.shape)
    dw = np.zeros(w.shape)
    db = np.zeros((F, Ho, Wo))
    for n in range(N):
        db += dout[n]
        for i in range(Ho):
            for j in range(Wo):
                win = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                for f in range(F):
                    dw[f] += dout[n, f, i, j] * win
                    dxp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += dout[n, f, i, j] * w[f]
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
