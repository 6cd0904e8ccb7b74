import numpy as np


def init_params(seed):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0.0, 1.0, size=(2, 12)), "b1": rng.normal(0.0, 1.0, size=12),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(12), size=(12, 1)), "b2": np.zeros(1)}


def train(X, y, seed):
    return init_params(seed)
