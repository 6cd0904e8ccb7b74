"""How the grader calls your function: once per curve of a batch (each row of
train_losses with the same row of val_losses). The true labels stay with the grader."""
import numpy as np


def run(impl, train_losses, val_losses):
    labels = []
    for train, val in zip(train_losses, val_losses):
        label = impl.classify_training(np.array(train), np.array(val))
        labels.append(label if isinstance(label, str) else repr(label))
    return {"labels": labels}
