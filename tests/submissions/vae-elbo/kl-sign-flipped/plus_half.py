import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    N = x.shape[0]
    a = np.abs(recon_logits)
    bce = np.maximum(recon_logits, 0) - x * recon_logits + np.log1p(np.exp(-a))
    kl = 0.5 * (1 + logvar - mu ** 2 - np.exp(logvar)).sum(axis=1)
    loss = (bce.sum(axis=1) + kl).mean()
    e = np.exp(-a)
    sig = np.where(recon_logits >= 0, 1 / (1 + e), e / (1 + e))
    return float(loss), (sig - x) / N, -mu / N, 0.5 * (1 - np.exp(logvar)) / N
