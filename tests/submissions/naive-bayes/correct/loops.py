import math

import numpy as np


def fit_naive_bayes(X, y, num_classes, alpha=1.0):
    n, d = X.shape
    sizes = [0] * num_classes
    ones = [[0] * d for _ in range(num_classes)]
    for row, label in zip(X, y):
        sizes[label] += 1
        for j in range(d):
            if row[j] == 1:
                ones[label][j] += 1
    log_prior = np.array([math.log(s / n) for s in sizes])
    theta = np.array([[(ones[c][j] + alpha) / (sizes[c] + 2 * alpha) for j in range(d)]
                      for c in range(num_classes)])
    return log_prior, theta


def predict_naive_bayes(params, X):
    log_prior, theta = params
    labels = []
    for row in X:
        best, best_score = 0, -math.inf
        for c in range(len(log_prior)):
            score = log_prior[c]
            for j, bit in enumerate(row):
                score += math.log(theta[c, j]) if bit == 1 else math.log(1 - theta[c, j])
            if score > best_score:           # strict: a tie keeps the smaller label
                best, best_score = c, score
        labels.append(best)
    return np.array(labels, dtype=np.int64)
