import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    n = x.shape[0]
    l = recon_logits
    sig = 1 / (1 + np.exp(-l))                                  # exp(1e4) overflows; sig rounds to 1
    bce = -x * np.log(sig) - (1 - x) * np.log(1 - sig)          # log(0) past |l| of about 37
    kl = -0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=1)
    loss = (np.sum(bce) + np.sum(kl)) / n
    dlogits = (sig - x) / n
    dmu = mu / n
    dlogvar = 0.5 * (np.exp(logvar) - 1) / n
    return float(loss), dlogits, dmu, dlogvar
