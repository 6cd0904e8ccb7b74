import numpy as np


def accumulate_gradients(loss_and_grad, w, micro_batches):
    sizes, losses, grads = [], [], []
    for X_mb, y_mb in micro_batches:
        L, g = loss_and_grad(w, X_mb, y_mb)
        sizes.append(len(X_mb))
        losses.append(L)
        grads.append(np.asarray(g, dtype=float))
    weights = np.array(sizes, dtype=float) / sum(sizes)
    loss = float(np.dot(weights, losses))
    grad = np.tensordot(weights, np.stack(grads), axes=1)
    return loss, grad
