from collections import Counter


def replace_pair(tokens, pair, new):
    out, skip = [], False
    for idx, tok in enumerate(tokens):
        if skip:
            skip = False
            continue
        if idx + 1 < len(tokens) and (tok, tokens[idx + 1]) == pair:
            out.append(new)
            skip = True
        else:
            out.append(tok)
    return out


def bpe_train(data, num_merges):
    tokens = list(data)
    merges = []
    for step in range(num_merges):
        if len(tokens) < 2:
            return merges
        stats = Counter(zip(tokens, tokens[1:]))
        best_count = max(stats.values())
        # Counter keeps insertion order, so the first pair reaching the maximum is the leftmost
        pair = next(p for p, c in stats.items() if c == best_count)
        tokens = replace_pair(tokens, pair, 256 + step)
        merges.append(pair)
    return merges
