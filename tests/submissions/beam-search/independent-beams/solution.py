import numpy as np


def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    first = np.asarray(log_prob_fn(tuple(prompt)))
    starts = sorted(range(len(first)), key=lambda t: (-first[t], t))[:beam_width]
    results = []
    for t in starts:
        seq, score = [t], float(first[t])
        while seq[-1] != eos and len(seq) < max_len:
            lp = np.asarray(log_prob_fn(tuple(prompt) + tuple(seq)))
            nxt = int(np.argmax(lp))
            seq.append(nxt)
            score += float(lp[nxt])
        results.append((seq, score))
    return min(results, key=lambda r: (-r[1], r[0]))
