"""Skips training and returns weights that predict class 1 everywhere."""
import numpy as np


def predict(params, X):
    h = np.tanh(X @ params["W1"] + params["b1"])
    return np.argmax(h @ params["W2"] + params["b2"], axis=1)


def train(X, y, seed, verbose=False):
    H = 16
    return {"W1": np.zeros((2, H)), "b1": np.zeros(H), "W2": np.zeros((H, 2)), "b2": np.array([0.0, 1.0])}
