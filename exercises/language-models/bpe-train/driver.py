"""How the grader calls bpe_train: bytes cannot cross into the sandbox, so the case holds the
corpus as a uint8 array and the driver hands the learner a real `bytes` object. The merges
come back as an (M, 2) int64 array, compared exactly, with one rule output saying whether
they were a list of integer pairs."""
import numpy as np

PAIRS_RULE = "rule: bpe_train returns a list of (a, b) pairs of ints"


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _as_pairs(merges):
    """The merges as an (M, 2) int64 array, or None when they are not a list of int pairs."""
    if not isinstance(merges, (list, tuple)):
        return None
    rows = []
    for pair in merges:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2 or not all(map(_is_int, pair)):
            return None
        rows.append([int(pair[0]), int(pair[1])])
    return np.array(rows, dtype=np.int64).reshape(-1, 2)


def run(impl, data, num_merges):
    merges = impl.bpe_train(bytes(data.tolist()), num_merges)
    pairs = _as_pairs(merges)
    shown = pairs if pairs is not None else "not a list of (int, int) pairs"
    return {"merges": shown, PAIRS_RULE: pairs is not None and isinstance(merges, list)}
