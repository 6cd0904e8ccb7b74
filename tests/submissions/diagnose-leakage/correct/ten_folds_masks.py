import numpy as np

FOLDS, ALPHA, RIDGE = 10, 1.0, 1e-8


def fit_encoder(X, customer, y):
    std = X.std(axis=0)
    prior = float(np.mean(y))
    ids, inverse = np.unique(customer, return_inverse=True)
    rate = (np.bincount(inverse, weights=y) + ALPHA * prior) / (np.bincount(inverse) + ALPHA)
    return {"mean": X.mean(axis=0), "std": np.where(std > 0, std, 1.0), "prior": prior,
            "ids": ids, "rate": rate}


def features(encoder, X, customer):
    ids = encoder["ids"]
    pos = np.clip(np.searchsorted(ids, customer), 0, len(ids) - 1)
    rate = np.where(ids[pos] == customer, encoder["rate"][pos], encoder["prior"])
    return np.column_stack([(X - encoder["mean"]) / encoder["std"], rate, np.ones(len(X))])


def fit_classifier(F, y):
    return np.linalg.solve(F.T @ F + RIDGE * np.eye(F.shape[1]), F.T @ y)


def fit_pipeline(X, customer, y):
    encoder = fit_encoder(X, customer, y)
    return encoder, fit_classifier(features(encoder, X, customer), y)


def predict(model, X, customer):
    encoder, w = model
    return (features(encoder, X, customer) @ w > 0.5).astype(np.int64)


def estimate_accuracy(X, customer, y, seed):
    # Ten folds; a fold's accuracy weighs by its size, so the mean of the
    # per-order hits is the same as pooling them.
    n = len(y)
    fold_of = np.empty(n, dtype=int)
    for k, idx in enumerate(np.array_split(np.random.default_rng(seed).permutation(n), FOLDS)):
        fold_of[idx] = k
    hits = np.zeros(n, dtype=bool)
    for k in range(FOLDS):
        held = fold_of == k
        model = fit_pipeline(X[~held], customer[~held], y[~held])
        hits[held] = predict(model, X[held], customer[held]) == y[held]
    return float(hits.mean())
