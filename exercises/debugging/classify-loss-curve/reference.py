"""The five definitions of the statement, tested in their order: the first that holds wins."""
import numpy as np


def classify_training(train_loss, val_loss):
    train = np.asarray(train_loss, dtype=float)
    val = np.asarray(val_loss, dtype=float)
    # 1. diverging: the training loss overflowed, or ends above where it started
    if not np.all(np.isfinite(train)) or train[-1] > train[0]:
        return "diverging"
    # 2. oscillating: over the second half, the loss changes by more than 20% per epoch
    #    on average (a change of log(loss) measures relative change)
    second_half = train[len(train) // 2:]
    if np.mean(np.abs(np.diff(np.log(second_half)))) > 0.2:
        return "oscillating"
    # 3. plateau: the last 5 epochs are still within 10% of the first 5
    if np.mean(train[-5:]) >= 0.9 * np.mean(train[:5]):
        return "plateau"
    # 4. overfitting: the validation loss ends more than 25% above its best value
    if val[-1] > 1.25 * np.min(val):
        return "overfitting"
    return "healthy"
