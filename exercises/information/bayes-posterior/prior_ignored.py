# Mistake: prior-ignored. The reference with the prior left out of the log joint.
import numpy as np


def log_posterior(log_prior, log_likelihoods):
    log_joint = np.sum(log_likelihoods, axis=0)       # the mistake: no log_prior
    m = np.max(log_joint)
    log_evidence = m + np.log(np.sum(np.exp(log_joint - m)))
    return log_joint - log_evidence
