import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    H = prev_h.shape[1]
    a = x @ Wx + prev_h @ Wh + b
    i = sigmoid(a[:, :H])
    o = sigmoid(a[:, 2 * H:3 * H])
    g = np.tanh(a[:, 3 * H:])
    next_c = prev_c + i * g                     # the old cell is kept whole
    next_h = o * np.tanh(next_c)
    return next_h, next_c, {"x": x, "h": prev_h, "Wx": Wx, "Wh": Wh, "i": i, "o": o, "g": g, "c": next_c}


def lstm_step_backward(dnext_h, dnext_c, cache):
    i, o, g, tc = cache["i"], cache["o"], cache["g"], np.tanh(cache["c"])
    dc = dnext_c + dnext_h * o * (1 - tc ** 2)
    da = np.concatenate([dc * g * i * (1 - i), np.zeros_like(dc), dnext_h * tc * o * (1 - o),
                         dc * i * (1 - g ** 2)], axis=1)
    return (da @ cache["Wx"].T, da @ cache["Wh"].T, dc, cache["x"].T @ da, cache["h"].T @ da, da.sum(axis=0))
