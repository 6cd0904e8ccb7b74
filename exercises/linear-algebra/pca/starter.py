import numpy as np


def pca(X, k):
    """The k leading principal components of the data X (N samples, d features).

    Returns (components, explained_variance):
      components: (k, d), one unit-length direction per row, largest variance first;
      explained_variance: (k,), the sample variance (dividing by N - 1) of the data
      along each component, in the same order.
    X is left unchanged.
    """
    raise NotImplementedError("pca: center X, form the covariance, take its top-k eigenvectors")
