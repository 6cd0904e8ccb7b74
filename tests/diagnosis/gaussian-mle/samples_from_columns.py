# kind: unlisted
# expect: generic:constant-factor
# why: takes the number of samples from the wrong axis (X.shape[1] = d), so cov is N/d times the MLE; mu (via mean) is right
import numpy as np


def gaussian_mle(X):
    n = X.shape[1]          # number of samples
    mu = np.mean(X, axis=0)
    centered = X - mu
    cov = centered.T @ centered / n
    return mu, cov
