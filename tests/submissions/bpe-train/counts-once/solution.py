from collections import Counter


def bpe_train(data, num_merges):
    ids = list(data)
    ranked = Counter(zip(ids, ids[1:])).most_common()
    return [pair for pair, _ in ranked[:num_merges]]
