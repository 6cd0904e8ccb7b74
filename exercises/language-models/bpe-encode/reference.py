def _merge(ids, pair, new_id):
    """One left-to-right, non-overlapping scan, as in training: a replaced pair consumes both
    its tokens."""
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


def bpe_encode(data, merges):
    ids = list(data)
    for i, pair in enumerate(merges):               # rank order: merge 0 first
        ids = _merge(ids, pair, 256 + i)
    return ids


def _vocabulary(merges):
    """The bytes of every id: 0..255 themselves, then 256 + i = bytes(a) + bytes(b)."""
    vocab = [bytes([b]) for b in range(256)]
    for a, b in merges:
        vocab.append(vocab[a] + vocab[b])
    return vocab


def bpe_decode(ids, merges):
    vocab = _vocabulary(merges)
    return b"".join(vocab[i] for i in ids)
