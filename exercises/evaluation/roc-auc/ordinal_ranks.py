import numpy as np


def _average_ranks(s):
    return np.argsort(np.argsort(s)) + 1.0              # ties ranked by position, not averaged
