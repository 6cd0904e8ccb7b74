# kind: combined
# expect: treats-input-as-output, ignores-dout
# why: returns x * (1 - x), the y(1 - y) formula applied to the input, and never multiplies by the upstream gradient
import numpy as np


def sigmoid_backward(dout, x):
    # derivative of the sigmoid is x(1 - x)
    grad = x * (1 - x)
    return grad
