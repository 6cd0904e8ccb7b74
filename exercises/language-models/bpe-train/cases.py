"""Corpora that tell BPE's rules apart: runs of one byte (overlapping pairs), random bytes
(many ties, counts of one), and text-like strings (merges that build on merges)."""
import numpy as np

WORDS = ["the", "then", "there", "other", "her", "hen", "ten", "net", "tent", "eat", "tea", "ate"]


def _corpus(values):
    return np.array(values, dtype=np.uint8)


def text_like(rng):
    """Words from a small vocabulary, joined by spaces and the odd newline: frequent pairs
    merge into tokens that later merges build on."""
    count = int(rng.integers(8, 20))
    words = [WORDS[int(k)] for k in rng.integers(0, len(WORDS), size=count)]
    text = "".join(w + (" " if rng.random() < 0.85 else "\n") for w in words)
    return {"data": _corpus(list(text.encode())), "num_merges": int(rng.integers(6, 16))}


def repeated_byte_runs(rng):
    """Runs of one repeated byte, of lengths 3..9, between single other bytes: counting is
    overlapping while merging is not, and runs of odd length leave a byte over."""
    byte, other = (int(v) for v in rng.choice(np.arange(33, 127), size=2, replace=False))
    values = []
    for _ in range(int(rng.integers(2, 5))):
        values += [byte] * int(rng.integers(3, 10)) + [other]
    return {"data": _corpus(values), "num_merges": int(rng.integers(3, 7))}


def one_run(rng):
    """One byte repeated 3..40 times and more merges asked for than the run allows: the run
    halves at each step (b"aaaa" -> [X, X] -> [Y]) and training stops at one token."""
    length = int(rng.integers(3, 41))
    return {"data": _corpus([int(rng.integers(0, 256))] * length), "num_merges": 8}


def random_bytes(rng):
    """Random bytes from a small alphabet: many pairs tie, and late merges have count 1."""
    alphabet = rng.choice(np.arange(256), size=int(rng.integers(3, 7)), replace=False)
    values = rng.choice(alphabet, size=int(rng.integers(12, 40)))
    return {"data": _corpus(values.tolist()), "num_merges": int(rng.integers(5, 12))}


def all_counts_one(rng):
    """Distinct bytes: every pair occurs once, so the leftmost wins at every step, and merging
    goes on until one token is left."""
    values = rng.choice(np.arange(256), size=int(rng.integers(4, 9)), replace=False)
    return {"data": _corpus(values.tolist()), "num_merges": int(rng.integers(10, 14))}
