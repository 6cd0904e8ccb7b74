# Mistake: longest-match. At each position the longest vocabulary entry that matches the
# remaining bytes is taken (greedy, as WordPiece does), ignoring the merges' ranks.
def bpe_encode(data, merges):
    vocab = _vocabulary(merges)
    ids = []
    i = 0
    while i < len(data):
        best = max(range(len(vocab)), key=lambda t: (data.startswith(vocab[t], i), len(vocab[t]), -t))
        ids.append(best)
        i += len(vocab[best])
    return ids
