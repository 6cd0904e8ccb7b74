import numpy as np


def classify_training(train_loss, val_loss):
    t = np.asarray(train_loss, float)
    if np.isnan(t).any() or np.isinf(t).any() or t[-1] > t[0]:
        return "diverging"
    d = np.diff(np.log(t[len(t) // 2:]))
    if np.abs(d).mean() > 0.2:
        return "oscillating"
    # the training loss went down: the model learned
    if t[-5:].mean() < 0.9 * t[:5].mean():
        return "healthy"
    return "plateau"
