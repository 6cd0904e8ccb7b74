"""Turning an exercise's case groups and an attempt's seed into concrete inputs.

Runs only in the trusted parent. Each case draws from its own generator,
`default_rng([seed, group, repeat])`, so any attempt can be replayed exactly from its seed,
and adding a case group to an exercise does not change the cases of the others.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import numpy as np

from .layout import with_layout
from .model import CaseGroup, Exercise
from .support import load_code


@dataclass(frozen=True)
class Case:
    name: str            # e.g. "huge logits #2"
    hidden: bool
    inputs: dict         # input name -> ndarray or plain value
    errstate: str | None
    zeroed: str | None = None     # the setting this case sets to 0 (settings_at_zero), if any
    sized_one: str | None = None  # the dim this case draws as 1 (sizes_of_one), if any
    decoyed: bool = False         # run after a decoy call (stateful.decoy_first): each group's first

    @property
    def sent(self) -> dict:
        """The inputs an implementation is called with. Names starting with `_` are private to
        the trusted parent (held-out labels, say): never sent to the sandbox, only to checks."""
        return {k: v for k, v in self.inputs.items() if not k.startswith("_")}


def generate_cases(exercise: Exercise, seed: int) -> list[Case]:
    generators = load_code(exercise.cases_code, "cases") if exercise.cases_code else None
    cases = []
    for g, group in enumerate(exercise.case_groups):
        for r in range(group.repeat):
            rng = np.random.default_rng([seed, g, r])
            if group.generator:
                inputs = getattr(generators, group.generator)(rng)
            else:
                inputs = draw_inputs(group, rng)
            label = group.name if group.repeat == 1 else f"{group.name} #{r + 1}"
            cases.append(Case(label, group.hidden, inputs, group.errstate, decoyed=r == 0))
    cases += sizes_of_one(exercise, seed)
    return cases + settings_at_zero(cases, exercise.nonzero_settings)


def sizes_of_one(exercise: Exercise, seed: int) -> list[Case]:
    """One more hidden case per dim of each declared hidden group: drawn as that group draws,
    with that one dim of size 1.

    Drawn dims are all different and rarely 1, so `.squeeze()` without an axis, a `len(x)`
    that is really a feature count, or a broadcast that only works when an axis is missing
    passed every seed. Every group, because a size-1 axis shows only beside the right other
    axes (a squeeze in a reduction over the last axis of (A, 1, C), not over the middle one).
    A dim for which 1 means nothing (a window that must fit, a variance over one sample) is
    named, with a reason, in the exercise's `no_size_one`."""
    derived = []
    for g, group in enumerate(exercise.case_groups):
        if not (group.hidden and group.dims and not group.generator):
            continue
        for name in group.dims:
            if name not in exercise.no_size_one:
                rng = np.random.default_rng([seed, g, group.repeat, ONE])
                inputs = draw_inputs(group, rng, {**group.dims, name: (1, 1)})
                derived.append(Case(f"{group.name}, with {name} = 1", True, inputs, group.errstate, sized_one=name))
    return derived


def settings_at_zero(cases: list[Case], never: tuple = ()) -> list[Case]:
    """One more hidden case per setting that no case sets to 0: a copy of the first hidden case
    that gives it, with it at 0.

    A setting is a number in a dict input (`config["beta1"]`) or an input some case leaves
    out (None: the default applies). `config.get("beta1") or 0.9` reads a 0 as "not given",
    and drawn settings are never exactly 0, so without these cases that slip passes every
    seed. A setting for which 0 is meaningless is named, with a reason, in the exercise's
    `nonzero_settings`."""
    derived = []
    for path, first in _settings(cases).items():
        if first is not None and path not in never:
            inputs = copy.deepcopy(first.inputs)
            name, _, key = path.partition(".")
            holder, slot = (inputs[name], key) if key else (inputs, name)
            holder[slot] = type(holder[slot])(0)
            derived.append(Case(f"{first.name}, with {path} = 0", True, inputs, first.errstate, zeroed=path))
    return derived


def _settings(cases: list[Case]) -> dict:
    """Each setting's path, with the first hidden case that gives it a non-zero value, or None
    when some case already sets it to 0."""
    optional = {n for c in cases for n, v in c.sent.items() if v is None}
    found: dict = {}
    for case in cases:
        for name, value in case.sent.items():
            if isinstance(value, dict):
                slots = {f"{name}.{k}": v for k, v in value.items()}
            else:
                slots = {name: value} if name in optional else {}
            for path, v in slots.items():
                if _is_number(v):
                    if v == 0:
                        found[path] = None
                    elif case.hidden and path not in found:
                        found[path] = case
    return found


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def fresh_draws(exercise: Exercise, seed: int, prefix: str, count: int) -> list[Case]:
    """`count` new cases from the first hidden group whose name starts with `prefix`, drawn
    from streams no other case uses: inputs the learner's code has never been called with,
    so a cache of earlier results cannot answer them (the speed check times these)."""
    generators = load_code(exercise.cases_code, "cases") if exercise.cases_code else None
    for g, group in enumerate(exercise.case_groups):
        if group.hidden and group.name.startswith(prefix):
            draws = []
            for k in range(count):
                rng = np.random.default_rng([seed, g, group.repeat + k, FRESH])
                inputs = getattr(generators, group.generator)(rng) if group.generator else draw_inputs(group, rng)
                draws.append(Case(f"{group.name} (timed #{k + 1})", True, inputs, group.errstate))
            return draws
    raise ValueError(f"{exercise.id}: no hidden case group named '{prefix}...' to time")


FRESH = 0x5EED   # keeps fresh draws apart from every [seed, group, repeat] stream
ONE = 0x1        # and the size-one cases apart from both


def draw_inputs(group: CaseGroup, rng: np.random.Generator, bounds: dict | None = None) -> dict:
    """The group's inputs, its dims drawn from `bounds` (the group's own unless given)."""
    dims = draw_dims(group.dims or {} if bounds is None else bounds, rng)
    return {name: draw_value(spec, dims, rng) for name, spec in group.inputs.items()}


def draw_dims(bounds: dict, rng: np.random.Generator) -> dict:
    """Draw every dim from its range, all different where the ranges allow it.

    Distinct sizes on every axis mean a transposed result or a sum over the wrong axis can
    never pass by accident: its shape cannot match.
    """
    dims: dict[str, int] = {}
    for name, (low, high) in bounds.items():
        taken = set(dims.values())
        free = [v for v in range(low, high + 1) if v not in taken] or list(range(low, high + 1))
        dims[name] = int(rng.choice(free))
    return dims


def draw_value(spec: Any, dims: dict, rng: np.random.Generator) -> Any:
    """A literal (plain lists become float64 arrays) or a spec mapping (see docs/authoring.md)."""
    if isinstance(spec, list):
        return np.array(spec, dtype=np.float64)
    if not isinstance(spec, dict):
        return spec
    if "value" in spec:
        value = spec["value"]
        return np.array(value, dtype=spec.get("dtype", "float64")) if isinstance(value, list) else value
    if "choice" in spec:
        options = spec["choice"]
        return options[int(rng.integers(len(options)))]
    shape = tuple(_resolve(d, dims) for d in spec.get("shape", ()))
    scalar = "shape" not in spec                 # a plain number; `shape: []` is a 0-d array
    values = np.asarray(_sample(spec, (1,) if scalar else shape, dims, rng))
    if "min_abs" in spec:
        values = np.where(values < 0, values - spec["min_abs"], values + spec["min_abs"])
    if "dtype" in spec:
        values = values.astype(spec["dtype"])
    if scalar:
        return values.reshape(-1)[0].item()
    return _layout(values, spec.get("layout", "contiguous"), rng)


def _resolve(value: Any, dims: dict) -> Any:
    if isinstance(value, str):
        return int(eval(value, {"__builtins__": {}}, dict(dims)))   # e.g. "C" or "C - 1": author-written
    return value


def _sample(spec: dict, shape: tuple, dims: dict, rng: np.random.Generator) -> np.ndarray:
    if "normal" in spec:
        loc, scale = spec["normal"] if isinstance(spec["normal"], list) else (0.0, spec["normal"])
        return rng.normal(loc, scale, size=shape)
    if "uniform" in spec:
        low, high = (_resolve(v, dims) for v in spec["uniform"])
        return rng.uniform(low, high, size=shape)
    if "integers" in spec:
        low, high = (_resolve(v, dims) for v in spec["integers"])
        return rng.integers(low, high, size=shape)
    raise ValueError(f"an input spec needs normal, uniform, integers, value or choice: {spec}")


def _layout(values: np.ndarray, layout: str, rng: np.random.Generator) -> np.ndarray:
    """Hand the learner a non-contiguous view when asked: code that assumes C order fails."""
    if layout == "any":
        layout = ("contiguous", "transposed", "strided")[int(rng.integers(3))]
    return with_layout(values, layout)
