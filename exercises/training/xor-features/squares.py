import numpy as np


def features(X):
    return X ** 2                            # x1^2 and x2^2: the signs are gone
