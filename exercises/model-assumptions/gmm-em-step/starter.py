import numpy as np


def em_step(X, weights, means, variances):
    """One EM iteration for a 1-D Gaussian mixture with K components.

    X: (N,) data; weights, means, variances: (K,) current parameters (weights sum to 1,
    variances > 0). Returns (weights, means, variances, log_likelihood):
      - the updated parameters, each (K,), with the variances measured about the NEW means;
      - log_likelihood: a float, sum over n of log p(X[n]) under the parameters BEFORE the update.
    Compute the responsibilities in log space: they must stay finite for points far from
    every component. The inputs are left unchanged.
    """
    raise NotImplementedError("em_step: E-step in log space, then the weighted M-step")
