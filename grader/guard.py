"""Forbidden NumPy names, refused at run time in the sandbox child.

The parent refuses forbidden names in the source before anything runs (forbidden.py,
lookup.py); this is the second line, for routes no text check sees. Two guards:

* NumPy modules. Every loaded `numpy` module that binds a forbidden object (under any
  name: `np.double` is `np.float64`) gets a module class whose attribute lookup refuses
  that name, and the module's `__dict__`, when the code asking is neither NumPy's own, the
  grader's nor the exercise's driver. NumPy's objects are never replaced, so its internals
  keep working (`np.nansum` uses `np.sum`, which uses `np.add.reduce`), and every route to
  a module object (`sys.modules`, `importlib`, `pydoc.locate`) meets the same guard.
* Random generators. A `np.random.Generator` the driver hands to the learner's functions
  arrives as a subclass whose forbidden methods (`rng.choice`) raise.

Methods of arrays (`x.dot`) cannot be guarded at run time; the source check covers them.
"""
from __future__ import annotations

import os
import sys
import types

# Attribute names refused on a guarded module besides its forbidden ones: the module's
# namespace as a dict would hand out every forbidden object by a string key.
NAMESPACE = "__dict__"


class ForbiddenError(RuntimeError):
    """The learner's code reached a name the exercise forbids."""


def forbidden_objects(np, forbidden) -> dict[int, str]:
    """{id(object): entry} for every NumPy object the forbidden list names.

    `np.linalg.*` names the module and everything public in it; a bare `sum` names
    `np.sum` too, as the source check matches the last part of a name anywhere.
    """
    objects = {}
    for entry in forbidden:
        parts = entry.split(".")
        if parts[0] in ("np", "numpy"):
            owner = _resolve(np, parts[1:-1])
        elif len(parts) == 1:
            owner = np
        else:
            continue                        # rng.choice: the generator guard's business
        if owner is None:
            continue
        if parts[-1] == "*":
            objects[id(owner)] = entry
            for name in _public_names(owner):
                _add(objects, getattr(owner, name, None), entry)
        else:
            _add(objects, getattr(owner, parts[-1], None), entry)
    return objects


def _public_names(module) -> list[str]:
    """The public names of a module, without the deprecated aliases `dir` also lists."""
    return [name for name in getattr(module, "__all__", dir(module)) if not name.startswith("_")]


def _resolve(np, path: list[str]):
    owner = np
    for part in path:
        owner = getattr(owner, part, None)
    return owner


def _add(objects: dict, value, entry: str) -> None:
    # Plain data (numbers, strings, None) is never a route to a lesson's shortcut.
    if value is not None and not isinstance(value, (int, float, str, bytes, tuple)):
        objects.setdefault(id(value), entry)


def guard_numpy(np, forbidden) -> None:
    """Make every loaded NumPy module refuse its forbidden names to untrusted code."""
    objects = forbidden_objects(np, forbidden)
    if not objects:
        return
    trusted = (os.path.dirname(np.__file__) + os.sep, os.path.dirname(__file__) + os.sep, "<driver>")
    for name, module in list(sys.modules.items()):
        if not (name == "numpy" or name.startswith("numpy.")) or type(module) is not types.ModuleType:
            continue
        refused = {attr: objects[id(value)] for attr, value in vars(module).items() if id(value) in objects}
        if refused:
            module.__class__ = _guarded_module_class(name, refused, trusted)


def _guarded_module_class(name: str, refused: dict[str, str], trusted: tuple[str, ...]) -> type:
    """A module class that refuses `refused` names (and the namespace) to untrusted callers."""
    names = frozenset(refused) | {NAMESPACE}

    def __getattribute__(self, attr):
        if attr in names and not _trusted(sys._getframe(1), trusted):
            if attr == NAMESPACE:
                raise ForbiddenError(f"reading the namespace of {name} is not allowed in this exercise")
            raise ForbiddenError(f"{refused[attr]} is not allowed in this exercise (reached as {name}.{attr})")
        return types.ModuleType.__getattribute__(self, attr)

    return type("GuardedModule", (types.ModuleType,), {"__getattribute__": __getattribute__})


# The standard library acts for whoever called it: `inspect` reading a module's namespace
# for `numpy.ma` is NumPy's business, `pydoc.locate("numpy.dot")` is the learner's.
STDLIB = (os.path.dirname(os.__file__) + os.sep, "<frozen ")


def _trusted(frame, trusted: tuple[str, ...]) -> bool:
    """Whether the code asking is NumPy's own, the grader's or the driver's."""
    while frame is not None and frame.f_code.co_filename.startswith(STDLIB):
        frame = frame.f_back
    return frame is not None and frame.f_code.co_filename.startswith(trusted)


def generator_methods(np, forbidden) -> dict[str, str]:
    """{method: entry} for the Generator methods the list forbids (`rng.choice`, or `choice`)."""
    methods = {}
    for entry in forbidden:
        last = entry.split(".")[-1]
        if not last.startswith("_") and hasattr(np.random.Generator, last):
            methods[last] = entry
    return methods


def learner_view(module, np, forbidden):
    """The learner's module as the driver sees it: generators passed in arrive guarded."""
    methods = generator_methods(np, forbidden)
    if not methods:
        return module
    guarded = _guarded_generator_class(np, methods)

    def guard(value):
        if type(value) is np.random.Generator:
            return guarded(value.bit_generator)     # the same stream: the driver's seed holds
        return value
    return LearnerView(module, guard)


def _guarded_generator_class(np, methods: dict[str, str]) -> type:
    def refusal(method: str, entry: str):
        def refuse(self, *args, **kwargs):
            raise ForbiddenError(f"rng.{method} ({entry}) is not allowed in this exercise")
        return refuse
    body = {method: refusal(method, entry) for method, entry in methods.items()}
    return type("Generator", (np.random.Generator,), body)


class LearnerView:
    """Delegates to the learner's module; its functions see every argument through `guard`."""

    def __init__(self, module, guard):
        self._module, self._guard = module, guard

    def __getattr__(self, name):
        value = getattr(self._module, name)
        if not isinstance(value, types.FunctionType):
            return value
        guard = self._guard

        def guarded(*args, **kwargs):
            return value(*[guard(a) for a in args], **{k: guard(v) for k, v in kwargs.items()})
        guarded.__name__, guarded.__doc__ = value.__name__, value.__doc__
        return guarded
