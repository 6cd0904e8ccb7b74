"""The diagnosis corpus: wrong submissions whose true cause is known, and how to score mlfun on them.

Each file under tests/diagnosis/<exercise>/ starts with comment lines:

    # kind: combined | harmless | unlisted
    # expect: no-bias-correction, t-not-stored
    # why: one line on the fault

`combined` makes two or three named mistakes at once; `harmless` makes one and adds a
difference that changes no graded value; `unlisted` makes a mistake no named mistake
describes. `expect` is the set of names a correct and complete diagnosis gives (generic ones
written `generic:<id>`); several `expect` lines are alternatives; `expect: none` means the
honest answer is silence.

A graded attempt is *named* when mlfun names anything, and *named correctly* when every name
it gives belongs to one expected set (a subset: naming one of two mistakes is incomplete, not
wrong). Precision is named correctly / named; recall is named / failing.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent / "diagnosis"


@dataclass(frozen=True)
class Program:
    path: Path
    exercise: str
    kind: str
    expect: tuple        # alternatives, each a frozenset of names ("generic:<id>" for generic ones)

    @property
    def name(self) -> str:
        return f"{self.exercise}/{self.path.name}"


def programs() -> list[Program]:
    return [_read(p) for p in sorted(HERE.glob("*/*.py"))]


def _read(path: Path) -> Program:
    kind, expect = None, []
    for line in path.read_text().splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("# ").partition(":")
        if key == "kind":
            kind = value.strip()
        elif key == "expect":
            names = [n.strip() for n in value.split(",") if n.strip()]
            expect.append(frozenset() if names == ["none"] else frozenset(names))
    if kind not in ("combined", "harmless", "unlisted") or not expect:
        raise ValueError(f"{path}: needs '# kind:' and '# expect:' header lines")
    return Program(path, path.parent.name, kind, tuple(expect))


def names_of(result) -> frozenset:
    return frozenset(("generic:" if d.generic else "") + d.mistake for d in result.diagnosis)


def verdict(program: Program, result) -> str:
    """'passed' (the corpus is wrong), 'silent', 'right' (complete), 'partial' or 'wrong'."""
    if result.passed:
        return "passed"
    names = names_of(result)
    if not names:
        return "silent"
    if names in program.expect:
        return "right"
    return "partial" if any(names < e for e in program.expect) else "wrong"


@dataclass
class Score:
    failing: int = 0
    named: int = 0
    correct: int = 0
    complete: int = 0

    def add(self, outcome: str) -> None:
        self.failing += outcome != "passed"
        self.named += outcome in ("right", "partial", "wrong")
        self.correct += outcome in ("right", "partial")
        self.complete += outcome == "right"

    @property
    def precision(self) -> float:
        return self.correct / self.named if self.named else 1.0

    @property
    def recall(self) -> float:
        return self.named / self.failing if self.failing else 1.0

    def __str__(self) -> str:
        return (f"precision {self.precision:.3f} ({self.correct}/{self.named} named correctly), "
                f"recall {self.recall:.3f} ({self.named}/{self.failing} failing named), "
                f"complete {self.complete}/{self.failing}")
