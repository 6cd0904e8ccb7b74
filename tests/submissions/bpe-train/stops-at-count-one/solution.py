from collections import Counter


def bpe_train(data, num_merges):
    ids = list(data)
    merges = []
    for n in range(num_merges):
        stats = Counter(zip(ids, ids[1:]))
        if not stats:
            break
        pair, count = max(stats.items(), key=lambda kv: kv[1])
        if count == 1:
            break                     # nothing repeats any more
        out, j = [], 0
        while j < len(ids):
            if ids[j:j + 2] == list(pair):
                out.append(256 + n)
                j += 2
            else:
                out.append(ids[j])
                j += 1
        ids = out
        merges.append(pair)
    return merges
