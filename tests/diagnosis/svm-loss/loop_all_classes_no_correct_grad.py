# kind: combined
# expect: counts-correct-class, missing-correct-class-gradient
# why: the inner loop runs over every class including j == y (adds 1 per example), and only the violating class's own entry gets +1, never the -1 on the correct class
import numpy as np


def svm_loss(x, y):
    num_train, num_classes = x.shape
    loss = 0.0
    dx = np.zeros_like(x, dtype=float)
    for i in range(num_train):
        correct_score = x[i, y[i]]
        for j in range(num_classes):
            margin = x[i, j] - correct_score + 1
            if margin > 0:
                loss += margin
                dx[i, j] += 1
    loss /= num_train
    dx /= num_train
    return loss, dx
