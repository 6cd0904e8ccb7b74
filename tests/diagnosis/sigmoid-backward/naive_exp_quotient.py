# kind: unlisted
# expect: generic:overflow-on-large-inputs
# why: the derivative written as e^{-x} / (1 + e^{-x})^2 straight from the statement: right for ordinary x, but np.exp(-x) overflows for x < -709 (and its square even sooner)
import numpy as np


def sigmoid_backward(dout, x):
    e = np.exp(-x)
    return dout * e / (1 + e) ** 2
