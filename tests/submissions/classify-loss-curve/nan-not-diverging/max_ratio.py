import numpy as np


def classify_training(train_loss, val_loss):
    t, v = np.asarray(train_loss, float), np.asarray(val_loss, float)
    if t[-1] / t[0] > 1.0:
        return "diverging"
    s = np.log(t[len(t) // 2:])
    if np.mean(np.abs(s[1:] - s[:-1])) > 0.2:
        return "oscillating"
    if t[-5:].mean() / t[:5].mean() >= 0.9:
        return "plateau"
    if v[-1] / np.min(v) > 1.25:
        return "overfitting"
    return "healthy"
