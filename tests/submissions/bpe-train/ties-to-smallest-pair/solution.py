def bpe_train(data, num_merges):
    ids = list(data)
    merges = []
    for n in range(num_merges):
        if len(ids) < 2:
            break
        counts = {}
        for p in zip(ids, ids[1:]):
            counts[p] = counts.get(p, 0) + 1
        pair = min(counts, key=lambda p: (-counts[p], p))
        out, j = [], 0
        while j < len(ids):
            if j + 1 < len(ids) and (ids[j], ids[j + 1]) == pair:
                out.append(256 + n)
                j += 2
            else:
                out.append(ids[j])
                j += 1
        ids = out
        merges.append(pair)
    return merges
