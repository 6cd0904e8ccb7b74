import numpy as np


def accumulate_gradients(loss_and_grad, w, micro_batches):
    # running mean over examples: after each micro-batch, mean = mean + n/(seen) * (new - mean)
    seen = 0
    mean_loss = 0.0
    mean_grad = np.zeros_like(w, dtype=np.float64)
    for batch in micro_batches:
        X_mb, y_mb = batch
        n = X_mb.shape[0]
        L, g = loss_and_grad(w, X_mb, y_mb)
        seen += n
        frac = n / seen
        mean_loss = mean_loss + frac * (L - mean_loss)
        mean_grad = mean_grad + frac * (g - mean_grad)
    return float(mean_loss), mean_grad
