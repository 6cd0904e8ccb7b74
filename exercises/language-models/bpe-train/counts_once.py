# Mistake: counts-once. The pairs of the raw bytes are counted once, before the loop, and
# the top ones taken in turn: no merge ever builds on a merged token.
def _pair_counts(ids):
    counts = {}
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def _most_frequent(counts):
    return max(counts, key=counts.get)


def _merge(ids, pair, new_id):
    """One left-to-right, non-overlapping scan: a replaced pair consumes both its tokens."""
    out = []
    consumed = False                            # ids[j] already went into the previous new token
    for j in range(len(ids)):
        if consumed:
            consumed = False
        elif j + 1 < len(ids) and ids[j] == pair[0] and ids[j + 1] == pair[1]:
            out.append(new_id)
            consumed = True
        else:
            out.append(ids[j])
    return out


def bpe_train(data, num_merges):
    ids = list(data)
    merges = []
    counts = _pair_counts(ids)                  # the mistake: counted once, on the raw bytes
    for i in range(num_merges):
        if len(ids) < 2 or not counts:
            break
        best = _most_frequent(counts)
        del counts[best]
        ids = _merge(ids, best, 256 + i)
        merges.append(best)
    return merges
