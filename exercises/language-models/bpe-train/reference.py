def _pair_counts(ids):
    """How often each adjacent pair occurs, overlapping positions included; the dict keeps
    the order of first occurrence, which breaks ties."""
    counts = {}
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def _most_frequent(counts):
    return max(counts, key=counts.get)          # ties: the first pair inserted, the leftmost


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
    for i in range(num_merges):
        if len(ids) < 2:
            break
        best = _most_frequent(_pair_counts(ids))
        ids = _merge(ids, best, 256 + i)
        merges.append(best)
    return merges
