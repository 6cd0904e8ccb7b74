import numpy as np


def standardize_split(X_train, X_test):
    """Standardize both splits with statistics of the TRAINING split only.

    X_train: (N, D), X_test: (M, D). For each feature d, with mean_d and std_d (population,
    ddof=0) computed over the rows of X_train, returns (Z_train, Z_test) of the inputs' shapes:
        Z = (X - mean) / std,
    where a feature whose training values are all equal uses std = 1.
    X_train and X_test are left unchanged.
    """
    raise NotImplementedError("standardize_split: fit mean and std on X_train, apply them to both")
