# Mistake: product-underflow (the sum of exponentials not shifted). The reference without the shift by
# the largest term: exp(-2000) = 0, then log(0).
import numpy as np


def log_posterior(log_prior, log_likelihoods):
    log_joint = log_prior + np.sum(log_likelihoods, axis=0)
    m = np.max(log_joint)
    log_evidence = np.log(np.sum(np.exp(log_joint)))   # the mistake: not shifted by m
    return log_joint - log_evidence
