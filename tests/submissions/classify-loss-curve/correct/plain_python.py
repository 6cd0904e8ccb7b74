import math


def classify_training(train_loss, val_loss):
    train = [float(x) for x in train_loss]
    val = [float(x) for x in val_loss]
    if any(math.isnan(x) or math.isinf(x) for x in train) or train[-1] > train[0]:
        return "diverging"
    half = train[len(train) // 2:]
    jumps = [abs(math.log(b / a)) for a, b in zip(half, half[1:])]
    if sum(jumps) / len(jumps) > 0.2:
        return "oscillating"
    if sum(train[-5:]) / 5 >= 0.9 * sum(train[:5]) / 5:
        return "plateau"
    if val[-1] > 1.25 * min(val):
        return "overfitting"
    return "healthy"
