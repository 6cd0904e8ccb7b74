"""Mistake linear-space-product, as an override of the reference: predict_naive_bayes differs."""


def predict_naive_bayes(params, X):
    log_prior, theta = params
    X = np.asarray(X, dtype=np.float64)
    # the mistake: back to probabilities, exp(-2000) = 0, then 0 / 0 = NaN
    scores = np.exp(log_prior + X @ np.log(theta).T + (1.0 - X) @ np.log1p(-theta).T)
    scores = scores / scores.sum(axis=1, keepdims=True)
    return np.argmax(scores, axis=1)
