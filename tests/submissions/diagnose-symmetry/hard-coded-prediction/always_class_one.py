import numpy as np


def train(X, y, seed, verbose=False):
    """A network that answers 'ring' for every point, whatever the data."""
    return {"W1": np.zeros((2, 4)), "b1": np.zeros(4), "W2": np.zeros((4, 2)), "b2": np.array([-2.0, 2.0])}
