import numpy as np


def classify_training(train_loss, val_loss):
    # Compares only where the curves start and end: a run that jumps up and down
    # every epoch looks like one that went down.
    train = np.asarray(train_loss, dtype=float)
    val = np.asarray(val_loss, dtype=float)
    if not np.all(np.isfinite(train)) or train[-1] > train[0]:
        return "diverging"
    if np.mean(train[-5:]) >= 0.9 * np.mean(train[:5]):
        return "plateau"
    if val[-1] > 1.25 * np.min(val):
        return "overfitting"
    return "healthy"
