"""The same pipeline written my own way (a dict of customer rates, lstsq), cross-validated
with five folds whose accuracies are averaged."""
import numpy as np


class Pipeline:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, customer, y):
        self.mu = X.mean(axis=0)
        sd = X.std(axis=0)
        self.sd = np.where(sd == 0, 1.0, sd)
        self.prior = y.mean()
        totals = {}
        for c, label in zip(customer.tolist(), y.tolist()):
            n, r = totals.get(c, (0, 0))
            totals[c] = (n + 1, r + label)
        self.rates = {c: (r + self.alpha * self.prior) / (n + self.alpha) for c, (n, r) in totals.items()}
        self.w = np.linalg.lstsq(self._design(X, customer), y.astype(float), rcond=None)[0]
        return self

    def _design(self, X, customer):
        rate = np.array([self.rates.get(c, self.prior) for c in customer.tolist()])
        return np.hstack([(X - self.mu) / self.sd, rate[:, None], np.ones((len(X), 1))])

    def predict(self, X, customer):
        return (self._design(X, customer) @ self.w > 0.5).astype(int)


def estimate_accuracy(X, customer, y, seed):
    order = np.random.default_rng(seed).permutation(len(y))
    scores = []
    for val in np.array_split(order, 5):
        train = np.ones(len(y), dtype=bool)
        train[val] = False
        model = Pipeline().fit(X[train], customer[train], y[train])
        scores.append(np.mean(model.predict(X[val], customer[val]) == y[val]))
    return float(np.mean(scores))
