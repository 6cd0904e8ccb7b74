import numpy as np


def accumulate_gradients(loss_and_grad, w, micro_batches):
    total_loss = 0.0
    total_grad = np.zeros(np.shape(w))
    total_count = 0
    for X_mb, y_mb in micro_batches:
        n = 1   # the slip: every micro-batch weighs the same
        L, g = loss_and_grad(w, X_mb, y_mb)
        total_loss += n * L
        total_grad += n * g
        total_count += n
    return float(total_loss), total_grad   # the slip: the sum of the micro-batch means
