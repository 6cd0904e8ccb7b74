import numpy as np


def log_posterior(log_prior, log_likelihoods):
    evidence = log_likelihoods.sum(axis=0)
    return evidence - np.logaddexp.reduce(evidence)
