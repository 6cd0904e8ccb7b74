def bpe_train(data, num_merges):
    seq = [b for b in data]
    result = []
    next_id = 256
    while len(result) < num_merges and len(seq) >= 2:
        freq = {}
        order = []
        for k in range(len(seq) - 1):
            p = (seq[k], seq[k + 1])
            if p not in freq:
                freq[p] = 0
                order.append(p)
            freq[p] += 1
        top = order[0]
        for p in order:
            if freq[p] > freq[top]:
                top = p
        merged = []
        k = 0
        while k < len(seq):
            if k < len(seq) - 1 and (seq[k], seq[k + 1]) == top:
                merged.append(next_id)
                k += 2
            else:
                merged.append(seq[k])
                k += 1
        seq = merged
        result.append(top)
        next_id += 1
    return result
