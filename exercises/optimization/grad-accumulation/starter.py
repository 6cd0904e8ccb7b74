import numpy as np


def accumulate_gradients(loss_and_grad, w, micro_batches):
    """The full batch's mean loss and gradient, from one loss_and_grad call per micro-batch.

    loss_and_grad(w, X_mb, y_mb) -> (mean loss over the micro-batch, its gradient, w's shape).
    Returns (loss, grad): a Python float and a new array of w's shape, as if the whole batch
    had been evaluated at once.
    """
    raise NotImplementedError("accumulate_gradients")
