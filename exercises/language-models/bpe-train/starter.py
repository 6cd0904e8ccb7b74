def bpe_train(data, num_merges):
    """Learn byte-pair-encoding merges from one byte string.

    data: a bytes object (possibly empty); the corpus is the sequence list(data) of ids 0..255.
    num_merges: how many merges to learn, an int >= 0.
    Returns a list of (a, b) int pairs; merge i creates the new id 256 + i. Each step counts
    every adjacent pair of the current sequence (overlapping ones included), takes the most
    frequent (ties: the pair whose first occurrence is leftmost), and replaces it in one
    left-to-right, non-overlapping scan. Stops early when fewer than 2 tokens remain.
    """
    raise NotImplementedError("bpe_train: count pairs, merge the most frequent, repeat")
