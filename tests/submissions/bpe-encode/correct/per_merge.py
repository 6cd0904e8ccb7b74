def _apply(seq, pair, new):
    result = []
    skip = False
    for pos, tok in enumerate(seq):
        if skip:
            skip = False
            continue
        if pos + 1 < len(seq) and (tok, seq[pos + 1]) == tuple(pair):
            result.append(new)
            skip = True
        else:
            result.append(tok)
    return result


def bpe_encode(data, merges):
    seq = [int(b) for b in data]
    for rank, pair in enumerate(merges):
        seq = _apply(seq, pair, 256 + rank)
    return seq


def bpe_decode(ids, merges):
    table = {b: bytes([b]) for b in range(256)}
    for rank, (a, b) in enumerate(merges):
        table[256 + rank] = table[a] + table[b]
    out = bytearray()
    for t in ids:
        out += table[t]
    return bytes(out)
