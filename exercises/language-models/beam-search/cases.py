"""Toy models for beam search, the generators of the hidden cases, and the property checks
(this file is both the cases' code and the support file of the custom checks).

Random models rarely tell the rules apart (the shrinking width changes the answer in ~3% of
random cases), so the crafted groups draw random hash models until the rule in question
changes the answer: `search` below runs the contract and each of its wrong variants.
"""
import itertools

import numpy as np


def row_index(prefix, mode, rows):
    if mode == "last":
        return prefix[-1] if prefix else rows - 1
    code = 7
    for token in prefix:
        code = (code * 1000003 + int(token) + 1) % 2147483647
    return code % rows


def make_model(table, mode):
    def log_prob_fn(prefix):
        return table[row_index(tuple(int(t) for t in prefix), mode, table.shape[0])]
    return log_prob_fn


def _best(hypotheses):
    return min(hypotheses, key=lambda h: (-h[1], h[0]))


def search(fn, prompt, width, max_len, eos, variant=None):
    """The contract's beam search, or one of its wrong variants: "independent", "eos",
    "cutoff" (cut-off hypotheses only when nothing finished), "refill" (width not shrunk),
    "ties" (ranked by score alone, ties left in the order the candidates were made, and the
    first of the best scores returned), "ties-rank" (only the ranking of each step so)."""
    beam, finished, k = [([], 0.0)], [], width
    for _ in range(max_len):
        if k == 0:
            break
        candidates = []
        for tokens, score in beam:
            lp = fn(tuple(prompt) + tuple(tokens))
            choices = [int(np.argmax(lp))] if variant == "independent" and tokens else range(len(lp))
            candidates += [(tokens + [t], score + float(lp[t])) for t in choices]
        candidates.sort(key=(lambda h: -h[1]) if variant in ("ties", "ties-rank") else (lambda h: (-h[1], h[0])))
        beam = []
        for tokens, score in candidates[:k]:
            (finished if tokens[-1] == eos and variant != "eos" else beam).append((tokens, score))
        k = width if variant == "refill" else width - len(finished)
    pool = (finished or beam) if variant == "cutoff" else finished + beam
    return max(pool, key=lambda h: h[1]) if variant == "ties" else _best(pool)


def exhaustive(fn, prompt, max_len, eos, vocab):
    """Every hypothesis a never-pruning beam would see: sequences with eos only at the end
    (finished) and eos-free ones of length max_len (cut off)."""
    best = None
    for length in range(1, max_len + 1):
        for tokens in itertools.product(range(vocab), repeat=length):
            if eos in tokens[:-1] or (length < max_len and tokens[-1] != eos):
                continue
            score = 0.0
            for i, t in enumerate(tokens):
                score = score + float(fn(tuple(prompt) + tokens[:i])[t])
            if best is None or (-score, list(tokens)) < (-best[1], best[0]):
                best = (list(tokens), score)
    return best


def greedy(fn, prompt, max_len, eos):
    tokens, score = [], 0.0
    for _ in range(max_len):
        lp = fn(tuple(prompt) + tuple(tokens))
        t = int(np.argmax(lp))
        tokens, score = tokens + [t], score + float(lp[t])
        if t == eos:
            break
    return tokens, score


# ---------------------------------------------------------------- generators

def _log_softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def _case(rng, vocab, rows, mode, width, max_len, prompt_len, spread=1.5):
    table = _log_softmax(rng.normal(0.0, spread, size=(rows, vocab)))
    prompt = rng.integers(0, vocab, size=prompt_len).astype(np.int64)
    return {"table": table, "mode": mode, "prompt": prompt, "beam_width": int(width),
            "max_len": int(max_len), "eos": int(rng.integers(0, vocab))}


def _answer(case, variant=None):
    fn = make_model(case["table"], case["mode"])
    return search(fn, case["prompt"].tolist(), case["beam_width"], case["max_len"], case["eos"], variant)


def random_hash_model(rng):
    v = int(rng.integers(3, 7))
    return _case(rng, v, 97, "hash", rng.integers(2, 5), rng.integers(2, 6), rng.integers(1, 4))


def random_bigram_model(rng):
    v = int(rng.integers(3, 7))
    return _case(rng, v, v + 1, "last", rng.integers(2, 5), rng.integers(2, 6), rng.integers(0, 3))


def width_one(rng):
    v = int(rng.integers(3, 7))
    return _case(rng, v, 61, "hash", 1, rng.integers(3, 7), rng.integers(1, 3))


def never_prunes(rng):
    """A width of V^max_len: nothing is ever pruned, so the answer is the exhaustive one."""
    v, length = int(rng.integers(2, 4)), int(rng.integers(2, 4))
    return _case(rng, v, 53, "hash", v ** length + int(rng.integers(0, 3)), length, rng.integers(1, 3))


def _until_differs(rng, variant, vocab=(3, 5), width=(2, 4), length=(3, 5)):
    while True:
        case = _case(rng, int(rng.integers(*vocab)), 89, "hash", rng.integers(*width),
                     rng.integers(*length), rng.integers(1, 3), spread=1.0)
        right, wrong = _answer(case), _answer(case, variant)
        if right[0] != wrong[0]:
            return case


def shrinking_width_matters(rng):
    """A hash model on which refilling the beam to beam_width changes the answer."""
    return _until_differs(rng, "refill")


def cutoff_matters(rng):
    """A hash model on which a hypothesis cut off by max_len beats every finished one."""
    return _until_differs(rng, "cutoff")


def eos_matters(rng):
    """A hash model on which extending eos like any other token changes the answer."""
    return _until_differs(rng, "eos")


def independent_matters(rng):
    """A hash model on which beam_width independent greedy searches miss the answer."""
    return _until_differs(rng, "independent")


def tied_scores(rng):
    """Dyadic probabilities (1/2, 1/4, 1/8, ...) make many scores tie exactly; drawn until
    ranking by score alone, ties in the order the candidates were made, changes the answer."""
    while True:
        v = int(rng.integers(3, 5))
        probs = np.array([0.5, 0.25, 0.25]) if v == 3 else np.array([0.5, 0.25, 0.125, 0.125])
        table = np.log(np.array([rng.permutation(probs) for _ in range(31)]))
        case = {"table": table, "mode": "hash", "prompt": rng.integers(0, v, size=2).astype(np.int64),
                "beam_width": int(rng.integers(2, 4)), "max_len": int(rng.integers(2, 5)),
                "eos": int(rng.integers(0, v))}
        if _answer(case)[0] != _answer(case, "ties")[0]:
            return case


def tied_scores_in_ranking(rng):
    """Like tied_scores, drawn until ranking each step's candidates by score alone (ties in
    the order they were made) changes the answer even though the final choice among the
    finished breaks ties by the smaller list: the ranking's tie rule is seen on its own."""
    while True:
        case = tied_scores(rng)
        if _answer(case)[0] != _answer(case, "ties-rank")[0]:
            return case


def wide_beam_empty_prompt(rng):
    """beam_width above V, and an empty prompt."""
    v = int(rng.integers(2, 4))
    return _case(rng, v, 71, "hash", v + int(rng.integers(1, 4)), rng.integers(2, 5), 0)


# ---------------------------------------------------------------- checks

def _model(inputs):
    return make_model(np.asarray(inputs["table"]), inputs["mode"])


def _same(outputs, answer):
    tokens = outputs.get("tokens") if isinstance(outputs, dict) else None
    if not isinstance(tokens, np.ndarray) or tokens.tolist() != answer[0]:
        return False
    logprob = outputs.get("logprob")
    if not isinstance(logprob, (int, float, np.number)) or isinstance(logprob, (bool, np.bool_)):
        return False
    return abs(float(logprob) - answer[1]) <= 1e-9 * max(1.0, abs(answer[1]))


def width_one_is_greedy(inputs, outputs, expected):
    if inputs["beam_width"] != 1:
        return None
    answer = greedy(_model(inputs), inputs["prompt"].tolist(), inputs["max_len"], inputs["eos"])
    if _same(outputs, answer):
        return None
    return (f"with beam_width = 1 beam search is greedy decoding (the best token at every step, "
            f"stopping at eos), which gives {len(answer[0])} tokens of log-prob {answer[1]:.6g}; yours differ")


def never_pruning_is_exhaustive(inputs, outputs, expected):
    vocab = np.asarray(inputs["table"]).shape[1]
    if inputs["beam_width"] < vocab ** inputs["max_len"]:
        return None
    answer = exhaustive(_model(inputs), inputs["prompt"].tolist(), inputs["max_len"], inputs["eos"], vocab)
    if _same(outputs, answer):
        return None
    return (f"with a beam that never prunes (beam_width >= V^max_len) beam search must return the "
            f"best of all hypotheses (log-prob {answer[1]:.6g}, {len(answer[0])} tokens); yours differ")
