import numpy as np


def log_posterior(log_prior, log_likelihoods):
    joint = log_prior + log_likelihoods.sum(axis=0)
    return joint - np.logaddexp.reduce(joint)
