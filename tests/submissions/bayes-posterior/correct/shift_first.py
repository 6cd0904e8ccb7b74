import numpy as np


def log_posterior(log_prior, log_likelihoods):
    scores = np.add(log_prior, np.sum(log_likelihoods, axis=0))
    scores = scores - np.max(scores)          # the best hypothesis now scores 0
    return scores - np.log(np.exp(scores).sum())
