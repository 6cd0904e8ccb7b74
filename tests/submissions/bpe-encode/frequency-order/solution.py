from collections import Counter


def bpe_encode(data, merges):
    known = {tuple(p): 256 + i for i, p in enumerate(merges)}
    ids = list(data)
    while True:
        stats = Counter(p for p in zip(ids, ids[1:]) if p in known)
        if not stats:
            return ids
        pair = stats.most_common(1)[0][0]
        out, k = [], 0
        while k < len(ids):
            if k + 1 < len(ids) and (ids[k], ids[k + 1]) == pair:
                out.append(known[pair])
                k += 2
            else:
                out.append(ids[k])
                k += 1
        ids = out


def bpe_decode(ids, merges):
    vocab = {i: bytes([i]) for i in range(256)}
    for i, (a, b) in enumerate(merges):
        vocab[256 + i] = vocab[a] + vocab[b]
    return b"".join(vocab[i] for i in ids)
