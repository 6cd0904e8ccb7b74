"""Name what a training run is doing, from its two loss curves."""
import numpy as np


def classify_training(train_loss, val_loss):
    """Classify one training run from its per-epoch losses.

    train_loss, val_loss: float arrays (T,), T >= 10, the training and validation loss
    after each epoch; they may contain inf or nan. Returns one of the strings
    "diverging", "plateau", "oscillating", "overfitting", "healthy", following the
    definitions of the statement, tested in that order.
    """
    raise NotImplementedError
