"""How the grader calls sample_next: CALLS times in a row with one Generator made from the
case's seed (the draws the checks count), then REPEAT times with a fresh Generator from the
same seed (which must give the same first draws). Settings left as None are not passed, so
the defaults are used."""
import numpy as np

CALLS, REPEAT = 4000, 100
INT_RULE = "rule: sample_next returns an int id"


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _draw(impl, logits, seed, calls, settings):
    rng = np.random.default_rng(seed)
    return [impl.sample_next(logits, rng, **settings) for _ in range(calls)]


def run(impl, logits, temperature, top_k, top_p, seed):
    settings = {k: v for k, v in (("temperature", temperature), ("top_k", top_k), ("top_p", top_p))
                if v is not None}
    draws = _draw(impl, logits, seed, CALLS, settings)
    again = _draw(impl, logits, seed, REPEAT, settings)
    whole = all(map(_is_int, draws + again))
    as_ids = (lambda xs: np.array([int(x) for x in xs], dtype=np.int64)) if whole else \
        (lambda xs: np.full(len(xs), -1, dtype=np.int64))
    return {"draws": as_ids(draws), "again": as_ids(again), INT_RULE: whole}
