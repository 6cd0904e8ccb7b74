def _ranked(hypotheses):
    """Best first: score descending, ties to the smaller token list."""
    return sorted(hypotheses, key=lambda h: (-h[1], h[0]))


def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    beam = [([], 0.0)]                                  # (generated tokens, summed log-prob)
    finished = []
    width = beam_width
    for _ in range(max_len):
        if width == 0:
            break
        candidates = []
        for tokens, score in beam:
            lp = log_prob_fn(tuple(prompt) + tuple(tokens))
            for tok in range(len(lp)):
                candidates.append((tokens + [tok], score + float(lp[tok])))
        beam = []
        for tokens, score in _ranked(candidates)[:width]:
            if tokens[-1] == eos:
                finished.append((tokens, score))        # leaves the beam, takes its slot
            else:
                beam.append((tokens, score))
        width = beam_width - len(finished)              # J&M: the width shrinks
    best = _ranked(finished + beam)[0]                  # alive ones are cut off by max_len
    return best[0], best[1]
