# wrong: lowest-rank formulation with rank dict built by {pair: i} (last duplicate wins) - differs only when merges repeat a pair (allowed: any list of pairs)
def _scan(ids, pair, new):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new); i += 2
        else:
            out.append(ids[i]); i += 1
    return out

def bpe_decode(ids, merges):
    vocab = {i: bytes([i]) for i in range(256)}
    for i, (a, b) in enumerate(merges):
        vocab[256 + i] = vocab[a] + vocab[b]
    return b"".join(vocab[i] for i in ids)

def bpe_encode(data, merges):
    rank = {(int(a), int(b)): i for i, (a, b) in enumerate(merges)}
    ids = list(data)
    while len(ids) >= 2:
        best = min(set(zip(ids, ids[1:])), key=lambda p: rank.get(p, float("inf")))
        if best not in rank: break
        ids = _scan(ids, best, 256 + rank[best])
    return ids
