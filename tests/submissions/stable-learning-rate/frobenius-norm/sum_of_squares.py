import numpy as np


def max_stable_learning_rate(H):
    return 2 / float(np.sqrt((H * H).sum()))
