import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    N = x.shape[0]
    p = 1.0 / (1.0 + np.exp(-recon_logits))
    rec = -(x * np.log(p) + (1 - x) * np.log(1 - p)).sum()
    kl = -0.5 * (1 + logvar - mu ** 2 - np.exp(logvar)).sum()
    return (rec + kl) / N, (p - x) / N, mu / N, 0.5 * (np.exp(logvar) - 1) / N
