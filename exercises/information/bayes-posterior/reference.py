import numpy as np


def log_posterior(log_prior, log_likelihoods):
    # Bayes' rule in logs: ln p(h | x) = ln p(h) + Σ_n ln p(x_n | h) − ln p(x)
    log_joint = log_prior + np.sum(log_likelihoods, axis=0)          # (H,)
    # ln p(x) = ln Σ_h exp(log_joint[h]), computed stably: shift by the largest term
    # (finite, since some hypothesis has prior mass); exp(-inf - m) = 0 quietly
    m = np.max(log_joint)
    log_evidence = m + np.log(np.sum(np.exp(log_joint - m)))
    return log_joint - log_evidence
