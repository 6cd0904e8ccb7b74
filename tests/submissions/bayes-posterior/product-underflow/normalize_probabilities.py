import numpy as np


def log_posterior(log_prior, log_likelihoods):
    post = np.exp(log_prior + log_likelihoods.sum(axis=0))
    post = post / post.sum()
    return np.log(post)
