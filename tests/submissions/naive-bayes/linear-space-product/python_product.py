import numpy as np


def fit_naive_bayes(X, y, num_classes, alpha=1.0):
    sizes = np.bincount(y, minlength=num_classes)
    counts = np.array([X[y == k].sum(axis=0) for k in range(num_classes)])
    return np.log(sizes / len(y)), (counts + alpha) / (sizes[:, None] + 2 * alpha)


def predict_naive_bayes(params, X):
    log_prior, theta = params
    prior = np.exp(log_prior)
    labels = np.zeros(len(X), dtype=int)
    for i, x in enumerate(X):
        probs = []
        for c in range(len(prior)):
            p = prior[c]
            for j in range(len(x)):
                p *= theta[c, j] if x[j] else 1 - theta[c, j]
            probs.append(p)
        labels[i] = int(np.argmax(probs))
    return labels
