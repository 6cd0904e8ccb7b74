import numpy as np


def log_posterior(log_prior, log_likelihoods):
    return np.add.reduce(log_likelihoods, axis=0) + log_prior
