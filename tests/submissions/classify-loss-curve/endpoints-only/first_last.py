import math


def classify_training(train_loss, val_loss):
    first, last = float(train_loss[0]), float(train_loss[-1])
    if not all(math.isfinite(float(x)) for x in train_loss) or last > first:
        return "diverging"
    if sum(train_loss[-5:]) >= 0.9 * sum(train_loss[:5]):
        return "plateau"
    if float(val_loss[-1]) > 1.25 * float(min(val_loss)):
        return "overfitting"
    return "healthy"
