import numpy as np


def classify_training(train_loss, val_loss):
    # Every comparison with nan is False, so a run that overflowed to inf and nan
    # falls through all the tests.
    train = np.asarray(train_loss, dtype=float)
    val = np.asarray(val_loss, dtype=float)
    if train[-1] > train[0]:
        return "diverging"
    if np.mean(np.abs(np.diff(np.log(train[len(train) // 2:])))) > 0.2:
        return "oscillating"
    if np.mean(train[-5:]) >= 0.9 * np.mean(train[:5]):
        return "plateau"
    if val[-1] > 1.25 * np.min(val):
        return "overfitting"
    return "healthy"
