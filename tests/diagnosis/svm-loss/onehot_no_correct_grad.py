# kind: harmless
# expect: missing-correct-class-gradient
# why: dx is only the indicator of violating wrong classes, 0 at y; picking the correct scores with a one-hot product instead of fancy indexing is equivalent
import numpy as np


def svm_loss(x, y):
    N, C = x.shape
    onehot = np.eye(C)[y]                                  # (N, C)
    correct = np.sum(x * onehot, axis=1, keepdims=True)    # (N, 1)
    hinge = np.maximum(0.0, x - correct + 1.0) * (1.0 - onehot)
    loss = hinge.sum() / N
    dx = (hinge > 0) / N
    return float(loss), dx.astype(np.float64)
