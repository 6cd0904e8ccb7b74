"""Mistake linear-space-product, as an override of the reference: predict_naive_bayes differs."""


def predict_naive_bayes(params, X):
    log_prior, theta = params
    X = np.asarray(X, dtype=np.float64)
    # P(c) Π_d θ^x (1 − θ)^(1 − x): a product of D numbers below 1, 0.0 for large D
    likelihood = np.prod(np.where(X[:, None, :] == 1, theta[None], 1.0 - theta[None]), axis=2)
    return np.argmax(np.exp(log_prior) * likelihood, axis=1)
