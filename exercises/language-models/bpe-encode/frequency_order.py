# Mistake: frequency-order. Encoding re-counts the pairs of the new text and merges its most
# frequent known pair first, as if training again, instead of following the merges' ranks.
def bpe_encode(data, merges):
    ids = list(data)
    rank = {tuple(pair): i for i, pair in enumerate(merges)}
    while True:
        counts = {}
        for pair in zip(ids, ids[1:]):
            if pair in rank:
                counts[pair] = counts.get(pair, 0) + 1
        if not counts:
            return ids
        best = max(counts, key=counts.get)          # the mistake: frequency, not rank
        ids = _merge(ids, best, 256 + rank[best])
