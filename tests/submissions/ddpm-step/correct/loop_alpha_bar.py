import math
import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    alpha_bar = 1.0
    for s in range(t):
        alpha_bar *= 1.0 - float(betas[s])
    beta = float(betas[t - 1])
    alpha = 1.0 - beta
    coef_x = 1.0 / math.sqrt(alpha)
    coef_eps = beta / (math.sqrt(1.0 - alpha_bar) * math.sqrt(alpha))
    out = coef_x * np.asarray(x_t) - coef_eps * np.asarray(eps_pred)
    if t == 1:
        return out
    return out + math.sqrt(beta) * z
