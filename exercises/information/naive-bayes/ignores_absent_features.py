"""Mistake ignores-absent-features, as an override of the reference: predict_naive_bayes differs."""


def predict_naive_bayes(params, X):
    log_prior, theta = params
    X = np.asarray(X, dtype=np.float64)
    scores = log_prior + X @ np.log(theta).T          # only the features that are present count
    return np.argmax(scores, axis=1)
