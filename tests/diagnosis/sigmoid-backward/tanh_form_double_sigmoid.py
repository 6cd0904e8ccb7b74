# kind: harmless
# expect: uses-sigmoid-of-output
# why: sigmoid written as 0.5 * (1 + tanh(z / 2)) (an exact, overflow-free identity) and the chain rule applied with dout, but the derivative formula is fed y = sigmoid(x) instead of x, so sigmoid is applied twice
import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def sigmoid_backward(dout, x):
    y = sigmoid(x)                 # forward output
    sy = sigmoid(y)
    local = sy * (1.0 - sy)        # sigma'(y)
    dx = np.multiply(dout, local)
    return dx
