"""How the grader calls sigmoid_backward, and the trusted forward pass its gradient is checked against."""
import numpy as np


def run(impl, dout, x):
    return {"dx": impl.sigmoid_backward(dout, x)}


def forward(impl, dout, x):
    # the learner writes only the backward pass: the forward is a trusted, stable sigmoid
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))
