import numpy as np


def stratified_kfold(y, k, rng):
    labels = np.asarray(y)
    buckets = [[] for _ in range(k)]
    position = 0
    for c in sorted(set(labels.tolist())):
        shuffled = rng.permutation(np.flatnonzero(labels == c))
        for index in shuffled:
            buckets[position % k].append(int(index))
            position += 1
    n = len(labels)
    result = []
    for bucket in buckets:
        val = np.array(sorted(bucket), dtype=np.int64)
        chosen = set(bucket)
        train = np.array([i for i in range(n) if i not in chosen], dtype=np.int64)
        result.append((train, val))
    return result
