import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    N, D = x.shape
    l = recon_logits
    bce = np.mean(np.clip(l, 0, None) - x * l + np.log1p(np.exp(-np.abs(l))))   # mean over N and D
    kl = np.mean(-0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=1))
    s = np.where(l >= 0, 1 / (1 + np.exp(-np.abs(l))), np.exp(-np.abs(l)) / (1 + np.exp(-np.abs(l))))
    return float(bce + kl), (s - x) / (N * D), mu / N, (np.exp(logvar) - 1) / (2 * N)
