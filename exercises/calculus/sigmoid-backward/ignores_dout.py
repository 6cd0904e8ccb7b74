"""Mistake ignores-dout, as an override of the reference: sigmoid_backward differs."""


def sigmoid_backward(dout, x):
    s = sigmoid(x)
    return s * (1.0 - s)
