def _vocab(merges):
    vocab = {i: bytes([i]) for i in range(256)}
    for i, (a, b) in enumerate(merges):
        vocab[256 + i] = vocab[a] + vocab[b]
    return vocab


def bpe_encode(data, merges):
    vocab = _vocab(merges)
    lookup = {}
    for tok, piece in vocab.items():
        lookup.setdefault(piece, tok)
    longest = max(len(p) for p in lookup)
    ids, pos = [], 0
    while pos < len(data):
        for size in range(min(longest, len(data) - pos), 0, -1):
            piece = data[pos:pos + size]
            if piece in lookup:
                ids.append(lookup[piece])
                pos += size
                break
    return ids


def bpe_decode(ids, merges):
    vocab = _vocab(merges)
    return b"".join(vocab[i] for i in ids)
