"""Mistake linear-space-product, as an override of the reference: predict_naive_bayes differs."""


def predict_naive_bayes(params, X):
    log_prior, theta = params
    X = np.asarray(X, dtype=np.float64)
    joint = np.exp(log_prior + X @ np.log(theta).T + (1.0 - X) @ np.log1p(-theta).T)  # exp(-2000) = 0
    posterior = joint / joint.sum(axis=1, keepdims=True)                  # 0 / 0 = NaN
    return np.argmax(posterior, axis=1)
