# Mistake: overflow-for-negative-x. The reference, with 1 / (1 + e^-x) for every x (e^-x overflows for very negative x).
import numpy as np


def sigmoid(x):
    z = np.exp(-x)                  # the mistake: e^-x, not e^-|x|
    return 1.0 / (1.0 + z)          # the mistake: one formula for every x
