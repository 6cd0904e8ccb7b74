import math


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    vals = [float(x) / temperature for x in logits]
    m = max(vals)
    ex = [math.exp(v - m) for v in vals]
    s = sum(ex)
    p = [e / s for e in ex]
    ids = sorted(range(len(p)), key=lambda i: (-p[i], i))
    if top_k is not None:
        ids = ids[:top_k]
    total = sum(p[i] for i in ids)
    q = [p[i] / total for i in ids]
    if top_p is not None:
        acc = 0.0
        keep = len(ids)
        for n, w in enumerate(q):
            acc += w
            if acc >= top_p:
                keep = n + 1
                break
        ids, q = ids[:keep], q[:keep]
    u = rng.random() * sum(q)
    acc = 0.0
    for i, w in zip(ids, q):
        acc += w
        if u < acc:
            return i
    return ids[-1]
