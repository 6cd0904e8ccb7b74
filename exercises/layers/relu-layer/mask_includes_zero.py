"""Mistake mask-includes-zero, as an override of the reference: relu_backward differs."""


def relu_backward(dout, cache):
    x = cache
    return dout * (x >= 0)          # the slip: a unit at exactly 0 counts as active
