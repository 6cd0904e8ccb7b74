"""How the grader calls bpe_encode and bpe_decode. Bytes cannot cross into the sandbox, so
the case holds byte strings as uint8 arrays and the merges as an (M, 2) int64 array; the
driver hands the learner real `bytes` and a list of int pairs (the hidden cases hold the
merges as a list of [a, b] lists, which the decoy call leaves as they are), and sends back id lists and
decoded bytes as arrays. Rule outputs say whether the return types were a list of ints and
bytes, and whether the merges list was left as it was given."""
import copy

import numpy as np

IDS_RULE = "rule: bpe_encode returns a list of ints"
BYTES_RULE = "rule: bpe_decode returns a bytes object"
MERGES_RULE = "rule: the merges list is not modified"


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _ids_array(ids):
    """The ids as an int64 array, and whether they were a list of ints."""
    if isinstance(ids, (list, tuple)) and all(map(_is_int, ids)):
        return np.array([int(v) for v in ids], dtype=np.int64), isinstance(ids, list)
    return "not a list of ints", False


def _bytes_array(value):
    if isinstance(value, (bytes, bytearray)):
        return np.frombuffer(bytes(value), dtype=np.uint8).copy(), type(value) is bytes
    return "not bytes", False


def run(impl, data, merges, corpus, random_ids):
    pairs = [(int(a), int(b)) for a, b in merges]
    given = copy.deepcopy(pairs)
    text = bytes(data.tolist())
    ids, ids_ok = _ids_array(impl.bpe_encode(text, pairs))
    corpus_ids, corpus_ok = _ids_array(impl.bpe_encode(bytes(corpus.tolist()), pairs))
    decoded, decoded_ok = _bytes_array(impl.bpe_decode([int(v) for v in random_ids.tolist()], pairs))
    learner_ids = impl.bpe_encode(text, pairs)
    roundtrip, roundtrip_ok = _bytes_array(impl.bpe_decode(learner_ids, pairs))
    return {"ids": ids, "corpus_ids": corpus_ids, "decoded": decoded, "roundtrip": roundtrip,
            IDS_RULE: ids_ok and corpus_ok, BYTES_RULE: decoded_ok and roundtrip_ok,
            MERGES_RULE: pairs == given}
