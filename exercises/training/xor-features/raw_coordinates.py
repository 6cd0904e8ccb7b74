import numpy as np


def features(X):
    return X.copy()                          # the coordinates themselves: linear features
