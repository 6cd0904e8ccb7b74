import numpy as np


def features(X):
    """Map each point (a row of X, shape (N, 2)) to K features: return F, a float array (N, K).

    A fixed logistic-regression trainer will fit a LINEAR classifier on your features, so
    choose them to make the XOR classes linearly separable. Each row must depend on that
    point only (the same point always gets the same features). K is your choice, 1 to 200.
    """
    raise NotImplementedError("features: which function of x1 and x2 tells the classes apart?")
