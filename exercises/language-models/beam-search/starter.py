def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    """Beam search decoding with a shrinking beam (Jurafsky & Martin).

    log_prob_fn(prefix): prefix a tuple of ints (prompt + generated tokens) -> (V,) log-probs
    of the next token. prompt: list of ints (may be empty). beam_width >= 1, max_len >= 1,
    eos: the end-of-sequence id.
    Returns (tokens, logprob): the best finished hypothesis (generated tokens only, with its
    final eos if any) and its summed log-prob, a float.
    """
    raise NotImplementedError("beam_search: extend, rank, keep k, finish the eos ones, shrink k")
