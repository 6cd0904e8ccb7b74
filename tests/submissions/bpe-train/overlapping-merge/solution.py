def bpe_train(data, num_merges):
    ids = list(data)
    merges = []
    for n in range(num_merges):
        if len(ids) < 2:
            break
        counts = {}
        for p in zip(ids, ids[1:]):
            counts[p] = counts.get(p, 0) + 1
        pair = max(counts, key=counts.get)
        hit = [ids[j] == pair[0] and ids[j + 1] == pair[1] for j in range(len(ids) - 1)]
        out = []
        j = 0
        while j < len(ids):
            if j < len(hit) and hit[j]:
                out.append(256 + n)
                j += 1
                while j < len(hit) and hit[j]:
                    j += 1
                j += 1
            else:
                out.append(ids[j])
                j += 1
        ids = out
        merges.append(pair)
    return merges
