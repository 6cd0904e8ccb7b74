# expect: catastrophic cancellation
# sigma = sqrt(E[x^2] - mu^2) (one-pass); catastrophic cancellation for features with a large offset (timestamps ~1e9, sigma ~ 10) gives a wrong or even NaN sigma (offset 1.7e9, sigma 10: z-scores off by a factor ~3-4)
import numpy as np
def standardize_split(X_train, X_test):
    mu = X_train.mean(axis=0)
    var = (X_train ** 2).mean(axis=0) - mu ** 2
    const = np.all(X_train == X_train[0], axis=0)
    sigma = np.where(const, 1.0, np.sqrt(np.abs(var)))
    return (X_train - mu) / sigma, (X_test - mu) / sigma
