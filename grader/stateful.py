"""Calls that show state kept outside a cache or a config: for drivers of stateful exercises.

A driver's ordinary `run` calls a layer once per case, forward then backward, so a layer
that keeps x in a module global (and ignores its cache) passes it. A driver's `protocol`
function uses these helpers to call the same implementation the other ways real code does:
twice with the same inputs, and with two cases in flight (forward A, forward B, backward A
with A's cache, backward B). It returns {stage: outputs}; the `protocol` check (protocol.py)
compares each stage, in the trusted parent, with the stage it must equal or differ from.

This runs in the sandbox child beside the learner's code: it uses only the copy module,
slicing and arithmetic operators, never a NumPy function an exercise may forbid (the child
replaces forbidden ones with functions that raise).
"""
from __future__ import annotations

import copy


def sibling(value):
    """A second case like `value`, with the same shapes and dtypes but other values.

    Float arrays are reversed along every axis and mapped by v -> 0.5 + 0.75 v: distinct
    entries stay distinct (a pooling window keeps one maximum) and positive ones positive
    (a variance stays a variance). Integer arrays (indices) are reversed; bool arrays
    (masks) and plain values are kept, so B is as valid a case as A.
    """
    if isinstance(value, dict):
        return {key: sibling(item) for key, item in value.items()}
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    if kind not in ("f", "i", "u") or value.ndim == 0:
        return copy.deepcopy(value)
    flipped = value[(slice(None, None, -1),) * value.ndim].copy()
    return 0.5 + 0.75 * flipped if kind == "f" else flipped


def decoy_first(call, inputs: dict):
    """Call once on a sibling case, then put every input back as it was.

    The reported call comes after this one. Float arrays given directly are written with
    the sibling's values in place, so the decoy has the very same arrays (ids, shapes) as
    the reported call; a dict or a list (an optimizer's config, a list of arrays) is given
    as a sibling copy, since state the call keeps there (m, v, t) must not leak into the
    reported call; every other value as a copy (a generator of random numbers is not
    advanced). Integer arrays (indices, labels, timesteps) keep their values where there is
    a float array to change, so a key built from them meets the reported call's key too;
    they are changed only where nothing else could be. A result (or part of one) kept in
    the module under a key that leaves out the changed values (the shapes, the id of an
    array, the labels, a counter) was stored for the sibling's values, so the reported call
    hands out a stale answer and the value checks see it. Nothing happens when no array
    changes (the call would only be repeated), or when an input cannot be copied (a one-shot
    iterable). What the decoy returns or raises is not graded; an exception that is not an
    Exception (a time limit) still stops it.

    Returns a copy of what the decoy call returned (None if there was none), so that a
    reported result equal to it can be told apart (same_result): a stale answer.
    """
    kinds = ("f",) if any(_holds_arrays(value, ("f",)) for value in inputs.values()) else ("i", "u")
    try:
        given = {name: value if _writable(value, kinds) else _other(value, kinds) for name, value in inputs.items()}
    except Exception:       # noqa: BLE001 - a generator or another uncopyable input: no decoy
        return None
    saved = [(value, value.copy()) for value in inputs.values() if _writable(value, kinds)]
    if not saved and not any(_holds_arrays(value, kinds) for value in inputs.values()):
        return None
    try:
        for array, before in saved:
            array[...] = sibling(before)
        return copy.deepcopy(call(given))
    except Exception:       # noqa: BLE001 - the decoy's outcome is not the learner's grade
        return None
    finally:
        for array, before in saved:
            array[...] = before


def _writable(value, kinds=("f", "i", "u")) -> bool:
    """A nonempty array of one of these dtype kinds that the decoy may write into (and restore)."""
    return getattr(getattr(value, "dtype", None), "kind", None) in kinds \
        and getattr(value, "ndim", 0) > 0 and value.size > 0 and value.flags.writeable


def _other(value, kinds):
    """A copy of a dict, list or tuple with each array of these kinds a sibling, or of a value."""
    if isinstance(value, dict):
        return {key: _other(item, kinds) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_other(item, kinds) for item in value)
    return sibling(value) if _writable(value, kinds) else copy.deepcopy(value)


def _holds_arrays(value, kinds) -> bool:
    if isinstance(value, dict):
        return any(_holds_arrays(item, kinds) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_arrays(item, kinds) for item in value)
    return _writable(value, kinds)


def between_other_calls(call, inputs: dict, others: dict):
    """A driver's stronger decoy, for inputs that settings and arrays decide together.

    call(inputs) once per nonempty set of the names in `others`, with those inputs replaced
    by `others[name]` (an array written into the very same array, then put back; any other
    value given in its place), larger sets first; then the reported call(inputs); then once
    with every input of `others` replaced. Returns the reported result, not copied.

    A result kept in the module under a key that leaves out some inputs (the shape, the id
    of an array, one of the settings) is stale for the reported call: the first call that
    meets the key the reported call has is the one that changed exactly the inputs the key
    leaves out, larger sets coming first. A buffer reused between calls is overwritten by
    the call after. What the reported call did to its inputs stays, for `unmodified`.
    """
    import itertools

    def with_others(names):
        saved = {name: value.copy() for name, value in inputs.items() if _writable(value)}
        given = dict(inputs)
        try:
            for name in names:
                other = others[name]
                if name in saved and getattr(other, "shape", None) == saved[name].shape:
                    inputs[name][...] = other
                else:
                    given[name] = other
            call(given)
        finally:
            for name, value in saved.items():
                inputs[name][...] = value

    names = list(others)
    for size in range(len(names), 0, -1):      # larger sets first: see the docstring
        for changed in itertools.combinations(names, size):
            with_others(changed)
    result = call(dict(inputs))
    with_others(names)
    return result


def same_result(a, b) -> bool:
    """Are two results identical, bit for bit (arrays compared by shape, dtype and bytes)?"""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_result(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_result(x, y) for x, y in zip(a, b))
    if getattr(a, "ndim", 0) or getattr(b, "ndim", 0):
        return getattr(a, "shape", None) == getattr(b, "shape", None) and getattr(a, "dtype", None) == \
            getattr(b, "dtype", None) and a.tobytes() == b.tobytes()
    try:
        return bool(a == b)
    except Exception:       # noqa: BLE001 - values that cannot be compared are not the same
        return False


def layer_protocol(forward, backward, inputs: dict, other: dict | None = None) -> dict:
    """Stages of a layer: `forward(inputs) -> (outputs, cache)`, `backward(inputs, cache) -> outputs`.

    Each stage gets private copies of the inputs, and its outputs are copied when the stage
    ends, so that a later stage cannot change what an earlier one reported; the outputs of
    A in flight are copied only after B has run, so a returned buffer that the next call
    overwrites shows too. `backward` may be None for a forward-only exercise.
    """
    other = sibling(inputs) if other is None else other
    stages = {"alone": _whole(forward, backward, inputs), "again": _whole(forward, backward, inputs),
              "alone_b": _whole(forward, backward, other)}
    if backward:
        stages["backward_again"] = _backward_twice(forward, backward, inputs)
    a, b = copy.deepcopy(inputs), copy.deepcopy(other)
    out_a, cache_a = forward(a)
    out_b, cache_b = forward(b)
    grads_a = backward(a, cache_a) if backward else {}
    grads_b = backward(b, cache_b) if backward else {}
    stages["interleaved"] = copy.deepcopy({**out_a, **grads_a})
    stages["interleaved_b"] = copy.deepcopy({**out_b, **grads_b})
    return stages


def repeated_call(call, inputs: dict) -> dict:
    """A function's stages: called, its result written into (every numeric array + 1), then
    called again with the same inputs. A result cached in the module (or in a default
    argument) and handed out again shows: the second call returns what the caller changed,
    or differs from the first for any other state kept between calls."""
    first = call(copy.deepcopy(inputs))
    alone = copy.deepcopy(first)
    _scribble(first)
    return {"alone": alone, "again": copy.deepcopy(call(copy.deepcopy(inputs)))}


def _scribble(value) -> None:
    """Add 1 to every numeric array inside `value`, in place (what a caller may do to a result)."""
    if isinstance(value, dict):
        for item in value.values():
            _scribble(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _scribble(item)
    elif _writable(value):
        value += 1


def _whole(forward, backward, inputs: dict) -> dict:
    """One forward and its backward, on a private copy of the inputs, as `run` calls them."""
    mine = copy.deepcopy(inputs)
    outputs, cache = forward(mine)
    grads = backward(mine, cache) if backward else {}
    return copy.deepcopy({**outputs, **grads})


def _backward_twice(forward, backward, inputs: dict) -> dict:
    """A forward, then its backward twice on the same cache: the second must repeat the first."""
    mine = copy.deepcopy(inputs)
    outputs, cache = forward(mine)
    backward(mine, cache)
    return copy.deepcopy({**outputs, **backward(mine, cache)})


def unseeded_protocol(forward, inputs: dict) -> dict:
    """Two forward calls without a seed: their random draws must differ."""
    return {"unseeded": copy.deepcopy(forward(copy.deepcopy(inputs))[0]),
            "unseeded_again": copy.deepcopy(forward(copy.deepcopy(inputs))[0])}


def optimizer_protocol(step, inputs: dict, state: tuple, other: dict | None = None) -> dict:
    """Stages of an optimizer: `step(w, dw, config) -> (next_w, config)` over `inputs["dws"]`.

    Two parameter streams stepped in turn (A, B, A, B, ...) must each follow exactly the
    steps it takes alone: an optimizer that keeps m, v or t in a module global, or in a dict
    shared by every config, mixes the two. `state` names the config keys to report.
    """
    other = sibling(inputs) if other is None else other
    stages = {"alone": _stream(step, inputs, state), "again": _stream(step, inputs, state),
              "alone_b": _stream(step, other, state)}
    a, b = copy.deepcopy(inputs), copy.deepcopy(other)
    (wa, ca), (wb, cb) = (a["w"], a["config"]), (b["w"], b["config"])
    steps_a, steps_b = [], []
    for dwa, dwb in zip(a["dws"], b["dws"]):
        wa, ca = step(wa, dwa, ca)
        steps_a.append(copy.deepcopy(wa))
        wb, cb = step(wb, dwb, cb)
        steps_b.append(copy.deepcopy(wb))
    stages["alternated"] = {"w": steps_a, **_state(ca, state)}
    stages["alternated_b"] = {"w": steps_b, **_state(cb, state)}
    return stages


def _stream(step, inputs: dict, state: tuple) -> dict:
    mine = copy.deepcopy(inputs)
    w, config, steps = mine["w"], mine["config"], []
    for dw in mine["dws"]:
        w, config = step(w, dw, config)
        steps.append(copy.deepcopy(w))
    return {"w": steps, **_state(config, state)}


def _state(config, keys: tuple) -> dict:
    """The state the config carries after the last step (None where a key is missing)."""
    return copy.deepcopy({key: config.get(key) for key in keys})
