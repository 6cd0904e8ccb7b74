import numpy as np


def _diverging(t, v):
    return (~np.isfinite(t)).any() or t[-1] > t[0]


def _oscillating(t, v):
    logs = np.log(t[t.size // 2:])
    return np.abs(logs[1:] - logs[:-1]).mean() > 0.2


def _plateau(t, v):
    return t[-5:].sum() >= 0.9 * t[:5].sum()


def _overfitting(t, v):
    return v[-1] / v.min() > 1.25


RULES = [("diverging", _diverging), ("oscillating", _oscillating), ("plateau", _plateau),
         ("overfitting", _overfitting)]


def classify_training(train_loss, val_loss):
    t, v = np.asarray(train_loss, float), np.asarray(val_loss, float)
    for name, test in RULES:
        if test(t, v):
            return name
    return "healthy"
