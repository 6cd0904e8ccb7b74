import numpy as np


def log_posterior(log_prior, log_likelihoods):
    prior = np.exp(log_prior)
    likelihood = np.prod(np.exp(log_likelihoods), axis=0)  # a product of N small numbers: 0.0
    joint = prior * likelihood
    return np.log(joint / np.sum(joint))                   # 0 / 0, then log of 0
