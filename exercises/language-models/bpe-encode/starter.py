def bpe_encode(data, merges):
    """Encode a byte string with learned BPE merges.

    data: a bytes object. merges: a list of (a, b) int pairs, as bpe_train returns them;
    merge i creates id 256 + i and only uses ids < 256 + i. Not modified.
    Returns a list of int ids: start from list(data) and, for i = 0, 1, ..., replace every
    occurrence of merges[i] by 256 + i in one left-to-right, non-overlapping scan.
    """
    raise NotImplementedError("bpe_encode: apply the merges in rank order")


def bpe_decode(ids, merges):
    """The bytes an id sequence stands for: id 256 + i is the bytes of merges[i][0] followed
    by the bytes of merges[i][1], recursively; ids below 256 are single bytes. Returns bytes."""
    raise NotImplementedError("bpe_decode: expand every id to its bytes and concatenate")
