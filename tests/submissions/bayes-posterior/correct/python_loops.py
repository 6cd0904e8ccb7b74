import math

import numpy as np


def log_posterior(log_prior, log_likelihoods):
    n_obs, n_hyp = log_likelihoods.shape
    joint = []
    for h in range(n_hyp):
        total = float(log_prior[h])
        for n in range(n_obs):
            total += float(log_likelihoods[n, h])
        joint.append(total)
    best = max(joint)
    evidence = best + math.log(sum(math.exp(j - best) for j in joint))
    return np.array([j - evidence for j in joint])
