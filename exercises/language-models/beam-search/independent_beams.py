# Mistake: independent-beams. After the first step each beam follows only its own best token:
# beam_width greedy searches that never compete with each other.
import numpy as np


def _ranked(hypotheses):
    return sorted(hypotheses, key=lambda h: (-h[1], h[0]))


def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    beam = [([], 0.0)]
    finished = []
    width = beam_width
    for _ in range(max_len):
        if width == 0:
            break
        candidates = []
        for tokens, score in beam:
            lp = log_prob_fn(tuple(prompt) + tuple(tokens))
            for tok in (range(len(lp)) if not tokens else [int(np.argmax(lp))]):   # the mistake
                candidates.append((tokens + [tok], score + float(lp[tok])))
        beam = []
        for tokens, score in _ranked(candidates)[:width]:
            if tokens[-1] == eos:
                finished.append((tokens, score))
            else:
                beam.append((tokens, score))
        width = beam_width - len(finished)
    best = _ranked(finished + beam)[0]
    return best[0], best[1]
