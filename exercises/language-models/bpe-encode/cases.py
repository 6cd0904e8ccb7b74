"""Merges and texts for the encoder: merges trained on one corpus and applied to another (or
to the corpus itself, whose encoding must be training's final sequence), random valid merge
lists, and crafted ones where rank order, frequency order and longest match disagree."""
import numpy as np

WORDS = ["the", "then", "there", "other", "her", "hen", "ten", "net", "tent", "eat", "tea", "ate"]


def _scan(ids, pair, new_id):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def _train(corpus, num_merges):
    """bpe-train's loop: the merges and the final sequence of training."""
    ids, merges = list(corpus), []
    for i in range(num_merges):
        if len(ids) < 2:
            break
        counts = {}
        for pair in zip(ids, ids[1:]):
            counts[pair] = counts.get(pair, 0) + 1
        best = max(counts, key=counts.get)
        ids = _scan(ids, best, 256 + i)
        merges.append(best)
    return merges, ids


def _text(rng, count):
    words = [WORDS[int(k)] for k in rng.integers(0, len(WORDS), size=count)]
    return "".join(w + (" " if rng.random() < 0.85 else "\n") for w in words).encode()


def _bytes(values):
    return np.array(list(values), dtype=np.uint8)


def _random_ids(rng, merges):
    return rng.integers(0, 256 + len(merges), size=int(rng.integers(0, 9))).astype(np.int64)


def _case(rng, data, merges, corpus=b"", final=None):
    # merges as a list of [a, b] lists, not an (M, 2) array: the grader's decoy call writes a
    # sibling (the array reversed) into every input array, and a reversed merge list breaks
    # the contract (merge i would use ids >= 256 + i: a loop-based decoder never ends on it)
    return {"data": _bytes(data), "merges": [[int(a), int(b)] for a, b in merges],
            "corpus": _bytes(corpus), "random_ids": _random_ids(rng, merges), "_final": final}


def trained_on_text(rng):
    """Merges trained on one text, applied to a new text from the same words."""
    corpus = _text(rng, int(rng.integers(10, 20)))
    merges, final = _train(corpus, int(rng.integers(8, 20)))
    return _case(rng, _text(rng, int(rng.integers(4, 10))), merges, corpus, final)


def trained_on_runs(rng):
    """Merges trained on runs of one byte (256 = aa, 257 = 256 256, ...), applied to other runs:
    a run of odd length keeps a byte over at every level."""
    byte, other = (int(v) for v in rng.choice(np.arange(97, 123), size=2, replace=False))
    corpus = bytes([byte] * int(rng.integers(8, 17)) + [other] + [byte] * 3)
    merges, final = _train(corpus, int(rng.integers(3, 6)))
    data = b"".join(bytes([byte] * int(rng.integers(1, 12)) + [other]) for _ in range(3))
    return _case(rng, data, merges, corpus, final)


def trained_on_random_bytes(rng):
    """Merges trained on random bytes of a small alphabet (ties, counts of one), encoding the
    training corpus itself and another random text."""
    alphabet = rng.choice(np.arange(256), size=int(rng.integers(3, 6)), replace=False)
    corpus = bytes(rng.choice(alphabet, size=int(rng.integers(15, 40))).tolist())
    merges, final = _train(corpus, int(rng.integers(5, 12)))
    data = bytes(rng.choice(alphabet, size=int(rng.integers(10, 30))).tolist())
    return _case(rng, data, merges, corpus, final)


def random_merges(rng):
    """Any valid list of distinct pairs (merge i uses ids < 256 + i) over a small alphabet,
    and a random text of that alphabet: no training frequency lines up with the ranks."""
    alphabet = [int(v) for v in rng.choice(np.arange(256), size=3, replace=False)]
    merges = []
    while len(merges) < int(rng.integers(4, 9)):
        pool = alphabet + list(range(256, 256 + len(merges)))
        pair = (int(rng.choice(pool)), int(rng.choice(pool)))
        if pair not in merges:
            merges.append(pair)
    data = bytes(rng.choice(alphabet, size=int(rng.integers(15, 35))).tolist())
    return _case(rng, data, merges)


def repeated_pair(rng):
    """A valid merge list that holds one pair twice (nothing forbids it): the first copy
    replaces every occurrence, so the later one never applies and its id never appears.
    A rank table built as {pair: i} keeps the later rank and gives the other id."""
    x, y, z = (int(v) for v in rng.choice(np.arange(256), size=3, replace=False))
    merges = [(x, y), (y, z), (x, y), (256, z)]
    data = bytes(rng.choice([x, y, z], size=int(rng.integers(12, 25))).tolist() + [x, y, z])
    return _case(rng, data, merges)


def frequency_against_rank(rng):
    """merges [(x, y), (y, z)] on x y z followed by many y z: the rank order merges x y first
    (and so does the longest match at 0), while the new text's most frequent pair is y z."""
    x, y, z = (int(v) for v in rng.choice(np.arange(256), size=3, replace=False))
    data = bytes([x, y, z] + [y, z] * int(rng.integers(2, 5)))
    return _case(rng, data, [(x, y), (y, z)])


def longest_against_rank_only(rng):
    """merges [(y, z), (x, y)] on x y z followed by y z: the rank order (and the new text's
    frequencies) merge y z first, while the longest match at 0 is x y."""
    x, y, z = (int(v) for v in rng.choice(np.arange(256), size=3, replace=False))
    data = bytes([x, y, z] + [y, z] * int(rng.integers(1, 4)))
    return _case(rng, data, [(y, z), (x, y)])


def longest_against_rank(rng):
    """merges [(x, y), (y, z), (x, 257)] on x y z: rank order gives 256 z (x y merges first and
    257 never forms), while the longest match, and the frequency order, give 258 = x y z."""
    x, y, z = (int(v) for v in rng.choice(np.arange(256), size=3, replace=False))
    data = bytes([x, y, z] * int(rng.integers(1, 4)) + [y, z, z])
    return _case(rng, data, [(x, y), (y, z), (x, 257)])
