def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    beam = [([], 0.0)]
    complete = []
    width = beam_width
    for _ in range(max_len):
        if not width:
            break
        cands = []
        for seq, s in beam:
            lp = log_prob_fn(tuple(prompt) + tuple(seq))
            cands += [(seq + [t], s + float(lp[t])) for t in range(len(lp))]
        cands.sort(key=lambda c: (-c[1], c[0]))
        beam = []
        for seq, s in cands[:width]:
            if seq[-1] == eos:
                complete.append((seq, s))
                width -= 1
            else:
                beam.append((seq, s))
    pool = complete if complete else beam
    return min(pool, key=lambda c: (-c[1], c[0]))
