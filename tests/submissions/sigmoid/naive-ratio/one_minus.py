import numpy as np


def sigmoid(x):
    # 1 - 1/(1+e^x) = e^x/(1+e^x)
    return 1.0 - 1.0 / (1.0 + np.exp(x))
