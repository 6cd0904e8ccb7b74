"""How the grader calls kv_cache_step: T consecutive calls over x (N, T, D), the first with
cache=None, each later one with the dict the previous call returned.

Reported: the T outputs stacked as (N, T, d) (row t must be row t of full causal attention,
which is what the reference gives), the final cache's 'k' and 'v', and two rules no value
shows: the cache passed in is left unchanged, the dict itself as well as its arrays under
every key (a copy is kept here and compared after each call: a caller who kept the old cache
must find it as it was), and after step t the cache holds (N, t+1, d) arrays.
"""
import copy

import numpy as np

KEPT = "rule: the cache passed in (the dict and its arrays) is left unchanged"
SHAPES = "rule: after step t, cache['k'] and cache['v'] are (N, t+1, d)"


def _unchanged(now, then) -> bool:
    """The cache passed in still holds what it held: the same keys, arrays of the same shapes
    and values, the same plain values; an object of the learner's own kind is not judged."""
    if isinstance(then, np.ndarray):
        return isinstance(now, np.ndarray) and now.shape == then.shape and \
            np.array_equal(now, then, equal_nan=then.dtype.kind in "fc")
    if isinstance(then, dict):
        return isinstance(now, dict) and now.keys() == then.keys() and \
            all(_unchanged(now[key], then[key]) for key in then)
    if isinstance(then, (list, tuple)):
        return type(now) is type(then) and len(now) == len(then) and all(map(_unchanged, now, then))
    if then is None or isinstance(then, (bool, int, float, complex, str, bytes, np.generic)):
        try:
            return bool(now == then) or bool(now != now and then != then)
        except Exception:
            return False
    return True


class _Stream:
    """One sequence being decoded, one position per `step`."""

    def __init__(self, impl, x, Wq, Wk, Wv):
        self.impl, self.x, self.w = impl, x, (Wq, Wk, Wv)
        self.cache, self.outs, self.kept, self.shapes = None, [], True, True

    def step(self, t, x=None):
        """Position t of this sequence (or the token x there instead, for a branch)."""
        given = self.cache                                         # the very dict passed in
        before = copy.deepcopy(given)                              # and what it held
        out, self.cache = self.impl.kv_cache_step(self.x[:, t] if x is None else x, *self.w, given)
        self.kept = self.kept and _unchanged(given, before)
        wanted = (self.x.shape[0], t + 1, self.w[1].shape[1])
        self.shapes = self.shapes and all(np.shape(self.cache[key]) == wanted for key in ("k", "v"))
        self.outs.append(copy.deepcopy(out))

    def outputs(self):
        return {"out at every step": np.stack(self.outs, axis=1),
                "final cache k": copy.deepcopy(self.cache["k"]),
                "final cache v": copy.deepcopy(self.cache["v"]),
                KEPT: self.kept, SHAPES: self.shapes}


def _decode_in_turn(impl, cases):
    """Decode every case, stepping them in turn (A0, B0, A1, B1, ...); their outputs. The cases
    are copied together: arrays they share (the same weights) stay one array."""
    streams = [_Stream(impl, **case) for case in copy.deepcopy(cases)]
    for t in range(cases[0]["x"].shape[1]):
        for stream in streams:
            stream.step(t)
    return [stream.outputs() for stream in streams]


def run(impl, x, Wq, Wk, Wv):
    return _decode_in_turn(impl, [{"x": x, "Wq": Wq, "Wk": Wk, "Wv": Wv}])[0]


def _branched(impl, a, other_x):
    """Decode `a` as beam search does: after its prefix up to t0 = T // 2, step t0 once more from
    the same prefix cache with another token (a second continuation, whose result is dropped),
    then continue `a` to the end. A cache written in place (a buffer, the dict) corrupts `a`."""
    main = _Stream(impl, **copy.deepcopy(a))
    t0 = a["x"].shape[1] // 2
    for t in range(t0):
        main.step(t)
    prefix = main.cache
    main.step(t0)
    side = _Stream(impl, **copy.deepcopy(a))
    side.w, side.cache = main.w, prefix
    side.step(t0, x=copy.deepcopy(other_x[:, t0]))
    for t in range(t0 + 1, a["x"].shape[1]):
        main.step(t)
    return main.outputs()


SAME_MODEL = "beside another sequence of the same model (the same weight arrays), "
BRANCHED = "after a second continuation of its prefix, "


def _named(prefix, outputs):
    return {prefix + name: value for name, value in outputs.items()}


def protocol(impl, x, Wq, Wk, Wv):
    """Alone, again, two sequences decoded in turn (with other weights, and with the very same
    weight arrays), and a prefix continued twice: a cache kept in the module, or written in
    place, mixes them. Each stage holds every comparison under its own names."""
    from mlfun.grader.stateful import sibling

    a = {"x": x, "Wq": Wq, "Wk": Wk, "Wv": Wv}
    b = sibling(a)                                         # another model, another sequence
    c = {**a, "x": b["x"]}                                 # the same model, another sequence
    stages = {}
    for stage in ("alone", "again"):
        alone = _decode_in_turn(impl, [a])[0]
        stages[stage] = {**alone, **_named(SAME_MODEL, alone), **_named(BRANCHED, alone)}
    stages["alone_b"] = {**_decode_in_turn(impl, [b])[0], **_named(SAME_MODEL, _decode_in_turn(impl, [c])[0])}
    in_turn, in_turn_b = _decode_in_turn(impl, [a, b])
    same_model, same_model_b = _decode_in_turn(impl, [a, c])
    stages["interleaved"] = {**in_turn, **_named(SAME_MODEL, same_model),
                             **_named(BRANCHED, _branched(impl, a, c["x"]))}
    stages["interleaved_b"] = {**in_turn_b, **_named(SAME_MODEL, same_model_b)}
    return stages
