# WRONG: squeezes inputs (shape loss for size-one axes, e.g. a single vector (1, D) or (N, 1)).
import numpy as np
def ddpm_step(x_t, eps_pred, t, betas, z):
    x_t, eps_pred, z = np.squeeze(x_t), np.squeeze(eps_pred), np.squeeze(z)
    b = betas[t - 1]; ab = np.prod(1 - betas[:t])
    mean = (x_t - b / np.sqrt(1 - ab) * eps_pred) / np.sqrt(1 - b)
    return mean + np.sqrt(b) * z if t > 1 else mean
