import heapq


def beam_search(log_prob_fn, prompt, beam_width, max_len, eos):
    alive = [(0.0, [])]
    done = []
    k = beam_width
    step = 0
    while step < max_len and k > 0 and alive:
        pool = []
        for score, seq in alive:
            lp = log_prob_fn(tuple(prompt + seq))
            for tok, value in enumerate(lp):
                pool.append((score + float(value), seq + [tok]))
        chosen = heapq.nsmallest(k, pool, key=lambda c: (-c[0], c[1]))
        alive = []
        for score, seq in chosen:
            if seq[-1] == eos:
                done.append((score, seq))
                k -= 1
            else:
                alive.append((score, seq))
        step += 1
    done.extend(alive)
    score, seq = min(done, key=lambda c: (-c[0], c[1]))
    return seq, score
