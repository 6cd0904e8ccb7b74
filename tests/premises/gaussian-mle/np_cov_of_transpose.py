import numpy as np
def gaussian_mle(X):
    mu = np.mean(X, axis=0)
    return mu, np.cov(X.T)
