def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    hyps = [[]]
    scores = [0.0]
    final = []
    k = beam_width
    for _ in range(max_len):
        if k <= 0:
            break
        cands = []
        for h, s in zip(hyps, scores):
            row = log_prob_fn(tuple(prompt) + tuple(h))
            for t in range(len(row)):
                cands.append((s + row[t], h + [t]))
        cands.sort(key=lambda c: (-c[0], c[1]))
        hyps, scores = [], []
        n_done = 0
        for s, h in cands[:k]:
            if h[-1] == eos:
                final.append((float(s), h))
                n_done += 1
            else:
                hyps.append(h)
                scores.append(s)
        k -= n_done
    final += [(float(s), h) for h, s in zip(hyps, scores)]
    final.sort(key=lambda c: (-c[0], c[1]))
    return final[0][1], final[0][0]
