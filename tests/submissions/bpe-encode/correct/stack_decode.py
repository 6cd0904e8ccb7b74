# right: the contract's second formulation (minbpe style): repeatedly merge the lowest-ranked present pair; decode by explicit stack expansion
def bpe_encode(data, merges):
    rank = {}
    for i, (a, b) in enumerate(merges):
        rank.setdefault((int(a), int(b)), i)
    ids = list(data)
    while len(ids) >= 2:
        pairs = set(zip(ids, ids[1:]))
        best = min(pairs, key=lambda p: rank.get(p, float("inf")))
        if best not in rank:
            break
        new = 256 + rank[best]
        out, i = [], 0
        while i < len(ids):
            if i + 1 < len(ids) and (ids[i], ids[i + 1]) == best:
                out.append(new); i += 2
            else:
                out.append(ids[i]); i += 1
        ids = out
    return ids

def bpe_decode(ids, merges):
    out = bytearray()
    stack = list(reversed(list(ids)))
    while stack:
        t = stack.pop()
        if t < 256:
            out.append(t)
        else:
            a, b = merges[t - 256]
            stack.append(b); stack.append(a)
    return bytes(out)
