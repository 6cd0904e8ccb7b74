"""Mistake missing-exp-chain, as an override: the derivative with respect to sigma, not log sigma."""


def reparam_backward(dz, cache):
    sigma, eps = cache
    dmu = dz.copy()
    dlog_sigma = dz * eps                # dz/dsigma; the factor dsigma/dlog_sigma = sigma is missing
    return dmu, dlog_sigma
