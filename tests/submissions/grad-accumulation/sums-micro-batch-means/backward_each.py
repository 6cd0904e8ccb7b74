import numpy as np


def accumulate_gradients(loss_and_grad, w, micro_batches):
    loss = 0.0
    grad = None
    for X_mb, y_mb in micro_batches:
        L, g = loss_and_grad(w, X_mb, y_mb)
        loss += L                                  # like loss.backward() on every micro-batch
        grad = g.copy() if grad is None else grad + g
    return float(loss), grad
