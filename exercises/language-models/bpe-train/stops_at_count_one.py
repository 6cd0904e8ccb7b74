# Mistake: stops-at-count-one. Training stops once no pair occurs twice.
def bpe_train(data, num_merges):
    ids = list(data)
    merges = []
    for i in range(num_merges):
        if len(ids) < 2:
            break
        counts = _pair_counts(ids)
        best = _most_frequent(counts)
        if counts[best] < 2:                    # the mistake: a best count of 1 still merges
            break
        ids = _merge(ids, best, 256 + i)
        merges.append(best)
    return merges
