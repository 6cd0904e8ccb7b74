import math
import numpy as np


def sigmoid(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def vae_loss(x, recon_logits, mu, logvar):
    N, D = x.shape
    K = mu.shape[1]
    total = 0.0
    dl = np.zeros((N, D))
    dm = np.zeros((N, K))
    dv = np.zeros((N, K))
    for n in range(N):
        for d in range(D):
            l = recon_logits[n, d]
            total += max(l, 0.0) - x[n, d] * l + math.log1p(math.exp(-abs(l)))
            dl[n, d] = (sigmoid(l) - x[n, d]) / N
        for k in range(K):
            ev = math.exp(logvar[n, k])
            total += -0.5 * (1 + logvar[n, k] - mu[n, k] ** 2 - ev)
            dm[n, k] = mu[n, k] / N
            dv[n, k] = 0.5 * (ev - 1) / N
    return total / N, dl, dm, dv
