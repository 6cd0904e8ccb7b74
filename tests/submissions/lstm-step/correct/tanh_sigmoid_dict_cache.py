import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))          # the same function, and it never overflows


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    H = prev_h.shape[-1]
    a = np.dot(x, Wx) + np.dot(prev_h, Wh) + b
    ai, af, ao, ag = np.split(a, 4, axis=1)
    gates = {"i": _sigmoid(ai), "f": _sigmoid(af), "o": _sigmoid(ao), "g": np.tanh(ag)}
    next_c = gates["f"] * prev_c + gates["i"] * gates["g"]
    next_h = gates["o"] * np.tanh(next_c)
    cache = dict(gates, x=x, prev_h=prev_h, prev_c=prev_c, Wx=Wx, Wh=Wh, next_c=next_c, H=H)
    return next_h, next_c, cache


def lstm_step_backward(dnext_h, dnext_c, cache):
    c = cache
    t = np.tanh(c["next_c"])
    d_o = dnext_h * t
    d_c = dnext_c + dnext_h * c["o"] * (1 - t * t)
    d_ai = d_c * c["g"] * c["i"] * (1 - c["i"])
    d_af = d_c * c["prev_c"] * c["f"] * (1 - c["f"])
    d_ao = d_o * c["o"] * (1 - c["o"])
    d_ag = d_c * c["i"] * (1 - c["g"] ** 2)
    da = np.hstack([d_ai, d_af, d_ao, d_ag])
    return (np.dot(da, c["Wx"].T), np.dot(da, c["Wh"].T), d_c * c["f"],
            np.dot(c["x"].T, da), np.dot(c["prev_h"].T, da), np.sum(da, axis=0))
