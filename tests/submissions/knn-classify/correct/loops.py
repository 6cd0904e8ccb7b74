import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    preds = []
    for x in X_test:
        dists = [(float(np.sum((x - xt) ** 2)), j) for j, xt in enumerate(X_train)]
        dists.sort()                        # by distance, then by index
        votes = {}
        for _, j in dists[:k]:
            lab = int(y_train[j])
            votes[lab] = votes.get(lab, 0) + 1
        top = max(votes.values())
        preds.append(min(lab for lab, v in votes.items() if v == top))
    return np.array(preds, dtype=np.int64)
