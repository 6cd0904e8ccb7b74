import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    N = len(x)
    # -log sigmoid(l) = log(1 + e^-l) = logaddexp(0, -l); BCE = logaddexp(0, l) - x*l
    recon = np.sum(np.logaddexp(0.0, recon_logits) - x * recon_logits)
    var = np.exp(logvar)
    kl = 0.5 * np.sum(mu * mu + var - 1.0 - logvar)
    loss = (recon + kl) / N
    p = np.exp(-np.logaddexp(0.0, -recon_logits))          # sigmoid, never overflows
    return loss, (p - x) / N, mu / N, (var - 1.0) / (2 * N)
