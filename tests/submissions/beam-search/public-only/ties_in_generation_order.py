# wrong: candidates ranked by score only (stable sort keeps generation order), ties not broken by the smaller token list
def _run(log_prob_fn, prompt, beam_width, max_len, eos, sortkey=lambda c: (-c[1], c[0]), final=lambda f: min(f, key=lambda c: (-c[1], c[0])), steps=None, prefix=lambda p, t: tuple(p) + tuple(t)):
    beam = [([], 0.0)]; finished = []; k = beam_width
    for _ in range(max_len if steps is None else steps):
        if k == 0: break
        cands = []
        for toks, s in beam:
            lp = log_prob_fn(prefix(prompt, toks))
            for v in range(len(lp)): cands.append((toks + [v], s + float(lp[v])))
        cands.sort(key=sortkey)
        kept = cands[:k]
        beam = [c for c in kept if c[0][-1] != eos]
        fin = [c for c in kept if c[0][-1] == eos]
        finished += fin; k -= len(fin)
    finished += beam
    t, s = final(finished)
    return t, float(s)

def beam_search(f, p, w, m, e): return _run(f, p, w, m, e, sortkey=lambda c: -c[1])
