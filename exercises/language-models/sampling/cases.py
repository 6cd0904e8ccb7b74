"""Hidden settings for the sampler. Each keeps every kept id at q >= 0.02 (see support.py)
and places top_p 1e-6 from a boundary or well inside a gap, never on one, so the rounding of
a different but correct summation cannot change the kept set. Each is built so that one
mistake changes the kept set or moves hundreds of draws."""
import numpy as np

MIN_Q = 0.02


def _softmax(logits, temperature):
    scaled = logits / temperature
    p = np.exp(scaled - np.max(scaled))
    return p / np.sum(p)


def _ranked(logits, temperature, top_k=None):
    """Ranked ids, their probabilities (renormalized over the top k) and the original ones."""
    p = _softmax(logits, temperature)
    order = np.argsort(-p, kind="stable")[:top_k]
    return order, p[order] / np.sum(p[order]), p[order]


def _case(rng, logits, temperature=None, top_k=None, top_p=None):
    return {"logits": logits, "temperature": temperature, "top_k": top_k, "top_p": top_p,
            "seed": int(rng.integers(0, 2**31 - 1))}


def _temperature(rng):
    return float(rng.uniform(0.4, 0.7) if rng.random() < 0.5 else rng.uniform(1.5, 2.5))


def _logits(rng, v, spread=1.0):
    return rng.normal(0.0, spread, size=v)


def _near(rng, low, high):
    """A top_p inside (low, high): 1e-6 above low, 1e-6 below high, or in the middle."""
    return float([low + 1e-6, high - 1e-6, 0.5 * (low + high)][int(rng.integers(3))])


def temperature_only(rng):
    """No top-k or top-p: the whole softmax at a temperature far from 1."""
    while True:
        v, t = int(rng.integers(4, 9)), _temperature(rng)
        logits = _logits(rng, v)
        if _softmax(logits, t).min() >= MIN_Q and _softmax(logits * t * t, t).min() >= 1e-3:
            return _case(rng, logits, temperature=t)


def top_k_tie(rng):
    """Two equal logits straddle the top-k boundary (ranks k-1 and k): the smaller id stays.
    k = 1 is greedy decoding with a tied best logit. Drawn (up to 200 tries) until NumPy's
    default, unstable argsort of -p keeps the other id of the tie: a ranking that is not a
    stable sort then changes the kept set, instead of passing whenever its order happens to
    agree."""
    for attempt in range(200):
        case = _top_k_tie(rng)
        p = _softmax(case["logits"], case["temperature"])
        k = case["top_k"]
        if set(np.argsort(-p)[:k].tolist()) != set(np.argsort(-p, kind="stable")[:k].tolist()):
            return case
    return case


def _top_k_tie(rng):
    while True:
        v = int(rng.integers(5, 10))
        k = int(rng.integers(1, v - 1))
        values = np.sort(rng.normal(0.0, 0.8, size=v))[::-1].copy()
        values[k] = values[k - 1]
        logits = np.empty(v)
        logits[rng.permutation(v)] = values
        t = float(rng.uniform(0.8, 1.3))
        _, kept, _ = _ranked(logits, t, k)
        if kept.min() >= MIN_Q:
            return _case(rng, logits, temperature=t, top_k=k)


def top_p_alone(rng):
    """top_p between the cumulative sums of ranks j-1 and j: the crossing token j is kept.
    top_k = V, which removes nothing."""
    while True:
        v = int(rng.integers(5, 10))
        logits = _logits(rng, v, 1.2)
        _, probs, _ = _ranked(logits, 1.0)
        cum = np.cumsum(probs)
        j = int(rng.integers(1, v - 1))
        if probs[:j + 1].min() >= MIN_Q * 3:
            return _case(rng, logits, top_k=v, top_p=_near(rng, cum[j - 1], cum[j]))


def top_k_then_top_p(rng):
    """top_k, then a top_p that the survivors' renormalized mass crosses at rank j, while
    their original mass (not renormalized) is still below it there. The logits sit near
    +-1000 and the temperature below 1: softmax overflows without the max shift."""
    while True:
        v = int(rng.integers(6, 10))
        k = int(rng.integers(3, v - 1))
        t = float(rng.uniform(0.6, 0.9))
        logits = float(rng.choice([-1000.0, 1000.0])) + _logits(rng, v, 0.6)
        _, probs, original = _ranked(logits, t, k)
        renorm, raw = np.cumsum(probs), np.cumsum(original)
        j = int(rng.integers(0, k - 1))
        low = max(renorm[j - 1] if j else 0.0, raw[j])
        if probs.min() >= MIN_Q * 1.5 and renorm[j] - low > 1e-3:
            return _case(rng, logits, temperature=t, top_k=k, top_p=_near(rng, low, renorm[j]))


def top_p_one(rng):
    """top_p = 1.0 where the renormalized cumulative sum ends just below 1 by rounding: no
    prefix reaches top_p, so every id is kept."""
    while True:
        v = int(rng.integers(5, 10))
        logits = _logits(rng, v, 0.6)
        _, probs, _ = _ranked(logits, 1.0)
        if probs.min() >= MIN_Q and np.cumsum(probs)[-1] < 1.0:
            return _case(rng, logits, top_p=1.0)


def huge_logits_several_kept(rng):
    """Logits near +-1000 at a temperature below 1, no truncation: exp overflows (or every
    entry underflows) without the max shift, and every id keeps real mass, so a sampler
    that silences the overflow and falls back to the largest logit draws from the wrong
    distribution (the top-k-then-top-p case may keep a single id, where that fallback is
    right by chance)."""
    while True:
        v, t = int(rng.integers(4, 8)), float(rng.uniform(0.6, 0.9))
        logits = float(rng.choice([-1000.0, 1000.0])) + _logits(rng, v, 0.5)
        if _softmax(logits, t).min() >= MIN_Q:
            return _case(rng, logits, temperature=t, top_k=int(rng.integers(2, v + 1)))


def spread_logits_high_temperature(rng):
    """Logits spread over [-1000, 1000] at a temperature near 1000: softmax(logits / T) is
    spread too, while softmax(logits) underflows to 0 for every id more than ~745 below the
    best, so tempering probabilities afterwards (p ** (1/T), renormalized) loses those ids."""
    while True:
        v, t = int(rng.integers(4, 8)), float(rng.uniform(800.0, 1200.0))
        logits = rng.uniform(-1000.0, 1000.0, size=v)
        logits[int(rng.integers(v))] = 1000.0
        logits[int(rng.integers(v))] = -1000.0
        if _softmax(logits, t).min() >= MIN_Q and np.ptp(logits) > 1500.0:
            return _case(rng, logits, temperature=t)
