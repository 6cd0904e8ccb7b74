import numpy as np


def fit_temperature(logits, labels, tol=1e-12, max_iter=100):
    grid = np.logspace(-2, 4, 61)                    # ten temperatures per decade
    losses = [temperature_nll(logits, labels, T)[0] for T in grid]
    return float(grid[int(np.argmin(losses))])
