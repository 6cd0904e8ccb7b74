"""How the grader calls kv_cache_step: T consecutive calls over x (N, T, D), the first with
cache=None, each later one with the dict the previous call returned.

Reported: the T outputs stacked as (N, T, d) (row t must be row t of full causal attention,
which is what the reference gives), the final cache's 'k' and 'v', and two rules no value
shows: the arrays of the cache passed in ('k', 'v' and any other key's) are left unchanged
(copies are kept here and compared after each call), and after step t the cache holds (N, t+1, d) arrays.
"""
import copy

import numpy as np

KEPT = "rule: the cache arrays passed in are left unchanged"
SHAPES = "rule: after step t, cache['k'] and cache['v'] are (N, t+1, d)"


def _unchanged(now, then) -> bool:
    """An array of the given cache still has its shape and values (other values: not arrays)."""
    if not isinstance(now, np.ndarray):
        return True
    return now.shape == then.shape and np.array_equal(now, then, equal_nan=now.dtype.kind in "fc")


class _Stream:
    """One sequence being decoded, one position per `step`."""

    def __init__(self, impl, x, Wq, Wk, Wv):
        self.impl, self.x, self.w = impl, x, (Wq, Wk, Wv)
        self.cache, self.outs, self.kept, self.shapes = None, [], True, True

    def step(self, t):
        given = {} if self.cache is None else dict(self.cache)    # the very arrays passed in
        before = copy.deepcopy(given)                              # and what they held
        out, self.cache = self.impl.kv_cache_step(self.x[:, t], *self.w, self.cache)
        self.kept = self.kept and all(_unchanged(given[key], before[key]) for key in given)
        wanted = (self.x.shape[0], t + 1, self.w[1].shape[1])
        self.shapes = self.shapes and all(np.shape(self.cache[key]) == wanted for key in ("k", "v"))
        self.outs.append(copy.deepcopy(out))

    def outputs(self):
        return {"out at every step": np.stack(self.outs, axis=1),
                "final cache k": copy.deepcopy(self.cache["k"]),
                "final cache v": copy.deepcopy(self.cache["v"]),
                KEPT: self.kept, SHAPES: self.shapes}


def _decode_in_turn(impl, cases):
    """Decode every case, stepping them in turn (A0, B0, A1, B1, ...); their outputs."""
    streams = [_Stream(impl, **copy.deepcopy(case)) for case in cases]
    for t in range(cases[0]["x"].shape[1]):
        for stream in streams:
            stream.step(t)
    return [stream.outputs() for stream in streams]


def run(impl, x, Wq, Wk, Wv):
    return _decode_in_turn(impl, [{"x": x, "Wq": Wq, "Wk": Wk, "Wv": Wv}])[0]


def protocol(impl, x, Wq, Wk, Wv):
    """Alone, again, and two sequences decoded in turn: a cache kept in the module mixes them."""
    from mlfun.grader.stateful import sibling

    a = {"x": x, "Wq": Wq, "Wk": Wk, "Wv": Wv}
    b = sibling(a)
    interleaved, interleaved_b = _decode_in_turn(impl, [a, b])
    return {"alone": _decode_in_turn(impl, [a])[0], "again": _decode_in_turn(impl, [a])[0],
            "alone_b": _decode_in_turn(impl, [b])[0],
            "interleaved": interleaved, "interleaved_b": interleaved_b}
