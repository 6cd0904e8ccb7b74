import numpy as np


def accumulate_gradients(loss_and_grad, w, micro_batches):
    losses = []
    grad_sum = np.zeros_like(w, dtype=float)
    for X_mb, y_mb in micro_batches:
        L, g = loss_and_grad(w, X_mb, y_mb)
        losses.append(L)
        grad_sum = grad_sum + g
    k = len(micro_batches)
    return float(np.mean(losses)), grad_sum / k
