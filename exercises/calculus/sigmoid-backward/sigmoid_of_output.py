"""Mistake uses-sigmoid-of-output, as an override of the reference: sigmoid_backward differs."""


def sigmoid_backward(dout, x):
    s = sigmoid(sigmoid(x))             # the mistake: sigma'(out) instead of sigma'(x)
    return dout * s * (1.0 - s)
