import numpy as np


def log_posterior(log_prior, log_likelihoods):
    log_joint = log_prior + np.sum(log_likelihoods, axis=0)
    return log_joint - np.log(np.sum(np.exp(log_joint)))   # exp(-2000) = 0: log(0)
