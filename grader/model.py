"""The exercise model: what an exercise file means once it has been loaded and validated.

Everything here is immutable. An `Exercise` is pure data: its code (starter, reference,
driver, mistakes, custom checks) is kept as source text, so the same object can be handed
to a sandbox, a worker process or a server without dragging live modules along.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1


@dataclass(frozen=True)
class Code:
    """A piece of Python source from an exercise, with where it came from (for tracebacks).

    `base`: code run first in the same module (a mistake written as an override of the
    reference: only the function that differs, defined again after the reference's own)."""

    source: str
    origin: str
    base: "Code | None" = None

    @property
    def program(self) -> str:
        """The whole program as one file, as a learner would send it."""
        return self.source if self.base is None else f"{self.base.program}\n\n{self.source}"


@dataclass(frozen=True)
class CaseGroup:
    """A family of cases: literal inputs, declared random inputs, or a generator function.

    `repeat` cases are drawn from one group; each draws its own dims and arrays from the
    attempt's random generator, so a different seed gives different hidden cases.
    """

    name: str
    hidden: bool
    repeat: int = 1
    literal: Any = None                # a mapping of input name -> value (public examples)
    dims: Any = None                   # mapping dim name -> (low, high) inclusive
    inputs: Any = None                 # mapping input name -> spec mapping
    generator: str | None = None       # function name in the exercise's `cases` code
    errstate: str | None = None        # "raise": NumPy floating-point errors raise in this group


@dataclass(frozen=True)
class CheckSpec:
    """One check an exercise asks for, with its options exactly as written in the file."""

    kind: str
    options: Any


@dataclass(frozen=True)
class Mistake:
    """A classic wrong implementation; when a learner's output matches it, `hint` is shown."""

    id: str
    hint: str
    variants: tuple[Code, ...]       # one or more ways of making the same mistake


@dataclass(frozen=True)
class Limits:
    """Resource limits for one grade of this exercise (seconds, bytes)."""

    wall_seconds: float = 10.0
    cpu_seconds: float = 10.0
    memory_bytes: int = 1 << 30
    output_bytes: int = 1 << 20


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    topic: str
    order: int
    requires: tuple[str, ...]
    statement: str
    hints: tuple[str, ...]
    entry: tuple[str, ...]
    module: str                       # the learner's file is <module>.py
    starter: Code
    reference: Code
    driver: Code | None               # None: call entry[0] with the case inputs
    returns: tuple[str, ...]          # output names of the default driver
    cases_code: Code | None
    case_groups: tuple[CaseGroup, ...]
    checks: tuple[CheckSpec, ...]
    mistakes: tuple[Mistake, ...]
    forbidden: tuple[str, ...]
    limits: Limits
    path: str
    content_hash: str
    support: tuple[Code, ...] = field(default=())   # trusted helper code for custom checks
    diagnose_by: str = "outputs"      # match mistakes by equal outputs, or by the same failed checks
    mutation_bar: float = 0.95        # the share of non-equivalent mutants its grader must fail
    nonzero_settings: tuple[str, ...] = ()   # settings never tried at 0 (cases.settings_at_zero)
    no_size_one: tuple[str, ...] = ()        # dims never drawn as 1 (cases.sizes_of_one)
    mutate: tuple[str, ...] = ()             # the reference's functions mutation tests (all if empty)
    decoy: bool = True                        # each case after a call on sibling values (stateful.decoy_first)

    @property
    def filename(self) -> str:
        return f"{self.module}.py"


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    order: int
    requires: tuple[str, ...]
