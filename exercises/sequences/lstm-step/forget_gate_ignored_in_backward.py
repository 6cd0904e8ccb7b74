"""Mistake forget-gate-ignored, as an override of the reference: lstm_step_backward differs."""


def lstm_step_backward(dnext_h, dnext_c, cache):
    x, prev_h, prev_c, Wx, Wh, i, f, o, g, tanh_c = cache
    do = dnext_h * tanh_c
    dc = dnext_c + dnext_h * o * (1.0 - tanh_c ** 2)         # next_c reaches the loss two ways
    di, df, dg = dc * g, dc * prev_c, dc * i
    dprev_c = dc                                             # the factor f is missing
    da = np.concatenate([di * i * (1.0 - i),                 # sigmoid' = s (1 - s)
                         df * f * (1.0 - f),
                         do * o * (1.0 - o),
                         dg * (1.0 - g ** 2)], axis=1)       # tanh' = 1 - tanh²
    dx = da @ Wx.T
    dprev_h = da @ Wh.T
    dWx = x.T @ da
    dWh = prev_h.T @ da
    db = da.sum(axis=0)
    return dx, dprev_h, dprev_c, dWx, dWh, db
