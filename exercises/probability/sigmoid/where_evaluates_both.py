# Mistake: where-evaluates-both. The reference, with each branch of np.where computing its own exponential
# (np.where evaluates both branches everywhere, so one of them overflows).
import numpy as np


def sigmoid(x):
    z = np.exp(-x)                  # the mistake: e^-x, not e^-|x|
    return np.where(x >= 0, 1.0 / (1.0 + z), np.exp(x) / (1.0 + np.exp(x)))   # the mistake: e^x for x < 0
