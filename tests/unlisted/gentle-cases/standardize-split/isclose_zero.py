# expect: small units
# treats a feature as constant when np.isclose(sigma, 0) (atol 1e-8), so a genuinely varying feature measured in small units (sigma ~1e-9, e.g. seconds -> years, wavelengths in metres) is never scaled (X_train col [1e-9,3e-9,5e-9], test 7e-9 gives 4e-9 instead of 2.449)
import numpy as np
def standardize_split(X_train, X_test):
    mu = X_train.mean(axis=0)
    sigma = X_train.std(axis=0)
    sigma = np.where(np.isclose(sigma, 0), 1.0, sigma)
    return (X_train - mu) / sigma, (X_test - mu) / sigma
