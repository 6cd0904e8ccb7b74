"""Mistake backward-not-scaled, as an override of the reference: dropout_backward differs."""


def dropout_backward(dout, cache):
    dropout_param, keep = cache
    if dropout_param["mode"] == "test":
        return dout.copy()
    return np.where(keep, dout, 0.0)          # the 1/p of the forward pass is forgotten
