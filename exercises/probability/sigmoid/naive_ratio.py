# Mistake: naive-ratio. The reference, with e^x / (1 + e^x) for every x (e^x overflows for large x).
import numpy as np


def sigmoid(x):
    z = np.exp(x)                   # the mistake: e^x, not e^-|x|
    return z / (1.0 + z)            # the mistake: one formula for every x
