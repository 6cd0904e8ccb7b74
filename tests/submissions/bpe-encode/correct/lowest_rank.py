def bpe_encode(data, merges):
    ranks = {}
    for r, (a, b) in enumerate(merges):
        ranks.setdefault((a, b), r)
    ids = list(data)
    while len(ids) > 1:
        present = [ranks[p] for p in zip(ids, ids[1:]) if p in ranks]
        if not present:
            break
        r = min(present)
        target = merges[r]
        new, k = [], 0
        while k < len(ids):
            if k + 1 < len(ids) and ids[k] == target[0] and ids[k + 1] == target[1]:
                new.append(256 + r)
                k += 2
            else:
                new.append(ids[k])
                k += 1
        ids = new
    return ids


def bpe_decode(ids, merges):
    def expand(t):
        if t < 256:
            return bytes([t])
        a, b = merges[t - 256]
        return expand(a) + expand(b)
    return b"".join(expand(t) for t in ids)
