import numpy as np


def log_posterior(log_prior, log_likelihoods):
    return log_prior + np.sum(log_likelihoods, axis=0)     # the log joint: never divided by p(x)
