import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    # densities in linear space: exp(-(x - mu)^2 / (2 var)) underflows to 0 far from every mean
    joint = weights * np.exp(-(x - means) ** 2 / (2 * variances)) / np.sqrt(2 * np.pi * variances)
    px = joint.sum(axis=1, keepdims=True)
    r = joint / px
    Nk = r.sum(axis=0)
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - new_means) ** 2).sum(axis=0) / Nk
    return Nk / len(X), new_means, new_variances, float(np.log(px).sum())
