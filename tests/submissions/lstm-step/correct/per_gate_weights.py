import numpy as np


def _sig(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    H = prev_h.shape[1]
    blocks = []
    for k in range(4):                              # one affine map per gate: i, f, o, g
        cols = slice(k * H, (k + 1) * H)
        blocks.append(x @ Wx[:, cols] + prev_h @ Wh[:, cols] + b[cols])
    i, f, o = _sig(blocks[0]), _sig(blocks[1]), _sig(blocks[2])
    g = np.tanh(blocks[3])
    next_c = f * prev_c + i * g
    next_h = o * np.tanh(next_c)
    return next_h, next_c, (x, prev_h, prev_c, Wx, Wh, (i, f, o, g), next_c)


def lstm_step_backward(dnext_h, dnext_c, cache):
    x, prev_h, prev_c, Wx, Wh, (i, f, o, g), next_c = cache
    H = prev_h.shape[1]
    tc = np.tanh(next_c)
    dc = dnext_c + dnext_h * o * (1 - tc ** 2)
    local = [dc * g * i * (1 - i), dc * prev_c * f * (1 - f), dnext_h * tc * o * (1 - o), dc * i * (1 - g ** 2)]
    dx = np.zeros_like(x, dtype=float)
    dprev_h = np.zeros_like(prev_h, dtype=float)
    dWx = np.zeros(Wx.shape)
    dWh = np.zeros(Wh.shape)
    db = np.zeros(4 * H)
    for k, dak in enumerate(local):
        cols = slice(k * H, (k + 1) * H)
        dx += dak @ Wx[:, cols].T
        dprev_h += dak @ Wh[:, cols].T
        dWx[:, cols] = x.T @ dak
        dWh[:, cols] = prev_h.T @ dak
        db[cols] = dak.sum(axis=0)
    return dx, dprev_h, dc * f, dWx, dWh, db
