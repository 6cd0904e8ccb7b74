# Mistake: not-normalized. The reference returning the log joint, never divided by p(x).
import numpy as np


def log_posterior(log_prior, log_likelihoods):
    log_joint = log_prior + np.sum(log_likelihoods, axis=0)
    m = np.max(log_joint)
    log_evidence = m + np.log(np.sum(np.exp(log_joint - m)))
    return log_joint                                  # the mistake: - log_evidence left out
