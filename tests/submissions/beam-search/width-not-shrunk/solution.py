def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    beam = [([], 0.0)]
    complete = []
    for _ in range(max_len):
        cands = []
        for seq, s in beam:
            lp = log_prob_fn(tuple(prompt) + tuple(seq))
            cands += [(seq + [t], s + float(lp[t])) for t in range(len(lp))]
        cands.sort(key=lambda c: (-c[1], c[0]))
        beam = []
        for seq, s in cands[:beam_width]:
            (complete if seq[-1] == eos else beam).append((seq, s))
        if not beam:
            break
    return min(complete + beam, key=lambda c: (-c[1], c[0]))
