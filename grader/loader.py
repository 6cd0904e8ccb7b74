"""Reading one exercise file into an immutable `Exercise`, or a precise error.

Every problem is reported as "file, line: what is wrong" with a hint how to fix it, so an
instructor never has to read this module to repair an exercise.
"""
from __future__ import annotations

import ast
import difflib
import hashlib
from pathlib import Path
from typing import Any, Sequence

import yaml

from .errors import ExerciseFileError
from .model import FORMAT_VERSION, CaseGroup, CheckSpec, Code, Exercise, Limits, Mistake
from .yamlpos import line_of

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED = ("id", "title", "topic", "statement", "hints", "entry", "starter", "reference", "cases", "checks")
_SELECT = ("cases", "group", "except_group")   # every check kind takes these (Check.selected)

# Every kind of mapping an exercise file holds: how a message names an unknown key in it, and
# its keys, each with the kind of its value: None (not a mapping whose keys are checked), a
# kind, or [kind] (a list of them). The key "*" stands for any key (input names). A key that
# is not declared here is a typo the grader would otherwise ignore, using a default the
# author did not mean (`atoll` for `atol`), so `_known_keys` refuses it.
FIELDS: dict[str, tuple[str, dict]] = {
    "exercise": ("unknown field '{}'", {
        **dict.fromkeys(("format_version", "id", "title", "topic", "order", "requires", "statement", "hints",
                         "entry", "module", "starter", "reference", "driver", "returns", "forbidden", "support",
                         "diagnose_by", "mutation_bar", "nonzero_settings", "no_size_one", "mutate", "no_decoy")),
        "cases": "cases", "checks": ["check"], "mistakes": ["mistake"], "limits": "limits"}),
    "cases": ("unknown field 'cases.{}'", {"public": ["group"], "hidden": ["group"], "code": None}),
    "group": ("unknown field '{}' in a case group", {
        **dict.fromkeys(("name", "repeat", "dims", "generate", "errstate")), "inputs": "inputs"}),
    "inputs": ("", {"*": "spec"}),
    "spec": ("unknown field '{}' in an input spec", dict.fromkeys(
        ("shape", "normal", "uniform", "integers", "value", "choice", "min_abs", "dtype", "layout"))),
    "check": ("unknown check kind '{}'", {k: k for k in (
        "close", "unmodified", "gradient", "custom", "speed", "protocol", "new_arrays")}),
    "close": ("unknown option '{}' of a close check", dict.fromkeys(
        ("rtol", "atol", "outputs", "up_to", "name", *_SELECT))),
    "unmodified": ("unknown option '{}' of an unmodified check", dict.fromkeys(("inputs", *_SELECT))),
    "new_arrays": ("unknown option '{}' of a new_arrays check", dict.fromkeys(("outputs", *_SELECT))),
    "gradient": ("unknown option '{}' of a gradient check", dict.fromkeys(
        ("forward", "upstream", "wrt", "rtol", "coords", "step", "own_forward", *_SELECT))),
    "custom": ("unknown option '{}' of a custom check", dict.fromkeys(("function", "name", "support", *_SELECT))),
    "speed": ("unknown option '{}' of a speed check", dict.fromkeys(
        ("min_speedup", "baseline", "baseline_name", "repeat", "function", "name", *_SELECT))),
    "protocol": ("unknown option '{}' of a protocol check", dict.fromkeys(
        ("function", "rtol", "atol", "name", *_SELECT))),
    "mistake": ("unknown field '{}' in a mistake", dict.fromkeys(("id", "hint", "code", "override"))),
    "limits": ("unknown limit '{}'", dict.fromkeys(("time", "memory_mb", "output_kb"))),
}


class _File:
    """One YAML document being validated; `fail` turns a key path into file and line."""

    def __init__(self, path: Path, text: str):
        self.path, self.text = path, text

    def fail(self, where: Sequence[str | int], problem: str, hint: str | None = None):
        raise ExerciseFileError(str(self.path), line_of(self.text, where), problem, hint)

    def expect(self, value: Any, kind: type | tuple, where: Sequence[str | int], what: str):
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            self.fail(where, f"'{'.'.join(map(str, where))}' must be {what}, not {type(value).__name__}")
        return value

    def code(self, value: Any, where: Sequence[str | int]) -> Code:
        """Inline source, or a `.py` file named relative to the YAML file."""
        self.expect(value, str, where, "Python source or the name of a .py file")
        if "\n" not in value and value.strip().endswith(".py"):
            file = self.path.parent / value.strip()
            if not file.is_file():
                self.fail(where, f"the file '{value.strip()}' does not exist beside {self.path.name}",
                          "paths are relative to the folder of the YAML file")
            source, origin = file.read_text(encoding="utf-8"), str(file)
        else:
            source, origin = value, f"{self.path}:{'.'.join(map(str, where))}"
        try:
            compile(source, origin, "exec", dont_inherit=True)
        except SyntaxError as err:
            self.fail(where, f"{Path(origin).name} has a syntax error at line {err.lineno}: {err.msg}")
        return Code(source, origin)


def load_exercise(path: str | Path) -> Exercise:
    """Load and validate one exercise file."""
    file, data = _parse(Path(path))
    return _build(file, data)


def load_header(path: str | Path) -> dict:
    """Only what places an exercise in the course (id, title, topic, order, requires), validated,
    and no unknown key anywhere: cheap to check, so `status` and `list` name a typo's file and line."""
    file, data = _parse(Path(path))
    _known_keys(file, data, "exercise", [])
    for key in ("id", "title", "topic"):
        if key not in data:
            file.fail([], f"the required field '{key}' is missing", "see docs/authoring.md for every field")
        file.expect(data[key], str, [key], "a string")
    if data["id"] != file.path.stem:
        file.fail(["id"], f"the id '{data['id']}' must match the file name '{file.path.stem}.yaml'")
    file.expect(data.get("order", 0), int, ["order"], "a whole number")
    _names(file, data.get("requires", []), ["requires"], allow_empty=True)
    return data


def _parse(path: Path) -> tuple["_File", dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ExerciseFileError(str(path), None, f"cannot be read: {err}") from None
    file = _File(path, text)
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        # The context mark (where an unclosed bracket or quote began) is where the fix goes.
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        problem = " ".join(p for p in (getattr(err, "context", None), getattr(err, "problem", None)) if p) or str(err)
        raise ExerciseFileError(str(path), mark.line + 1 if mark else None,
                                f"is not valid YAML: {problem}",
                                "check the indentation and quote strings that contain ': '") from None
    if not isinstance(data, dict):
        file.fail([], "must be a YAML mapping of fields (id, title, topic, ...)")
    return file, data


def _build(file: _File, data: dict) -> Exercise:
    _check_keys(file, data)
    version = data.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        file.fail(["format_version"], f"format_version {version} is newer than this mlfun understands "
                  f"({FORMAT_VERSION})", "upgrade mlfun: pip install -U mlfun")
    ex_id = file.expect(data["id"], str, ["id"], "a string")
    if ex_id != file.path.stem:
        file.fail(["id"], f"the id '{ex_id}' must match the file name '{file.path.stem}.yaml'")
    entry = tuple(_names(file, data["entry"], ["entry"]))
    reference = file.code(data["reference"], ["reference"])
    driver = file.code(data["driver"], ["driver"]) if "driver" in data else None
    _require_defined(file, reference, entry, ["reference"])
    cases = file.expect(data["cases"], dict, ["cases"], "a mapping with 'public' and 'hidden'")
    cases_code = file.code(cases["code"], ["cases", "code"]) if "code" in cases else None
    groups = _case_groups(file, cases, cases_code)
    return Exercise(
        id=ex_id,
        title=file.expect(data["title"], str, ["title"], "a string"),
        topic=file.expect(data["topic"], str, ["topic"], "a string"),
        order=file.expect(data.get("order", 0), int, ["order"], "a whole number"),
        requires=tuple(_names(file, data.get("requires", []), ["requires"], allow_empty=True)),
        statement=file.expect(data["statement"], str, ["statement"], "Markdown text"),
        hints=_hints(file, data["hints"]),
        entry=entry,
        module=file.expect(data.get("module", ex_id.replace("-", "_")), str, ["module"], "a module name"),
        starter=file.code(data["starter"], ["starter"]),
        reference=reference,
        driver=driver,
        returns=tuple(_names(file, data.get("returns", ["out"]), ["returns"])),
        cases_code=cases_code,
        case_groups=groups,
        checks=_checks(file, data["checks"]),
        mistakes=_mistakes(file, data.get("mistakes", []), reference),
        forbidden=tuple(_names(file, data.get("forbidden", []), ["forbidden"], allow_empty=True)),
        limits=_limits(file, data.get("limits", {})),
        path=str(file.path),
        content_hash=_content_hash(file, data),
        support=tuple(file.code(s, ["support", i]) for i, s in enumerate(data.get("support", []))),
        diagnose_by=_choice(file, data.get("diagnose_by", "outputs"), ["diagnose_by"], ("outputs", "checks")),
        mutation_bar=_fraction(file, data.get("mutation_bar", 0.95), ["mutation_bar"]),
        nonzero_settings=_reasons(file, data.get("nonzero_settings", {}), ["nonzero_settings"]),
        no_size_one=_reasons(file, data.get("no_size_one", {}), ["no_size_one"]),
        mutate=_mutated(file, data.get("mutate", []), reference),
        decoy=_no_decoy(file, data.get("no_decoy")) is None,
    )


def _reasons(file: "_File", value: Any, where: list) -> tuple[str, ...]:
    """Names, each with the reason it is there (`config.epsilon: "sqrt(v) may be 0"`): the reason
    is for the next author, so it must be written."""
    if not isinstance(value, dict):
        file.fail(where, "expected a mapping of names to reasons, e.g. {config.epsilon: \"why\"}")
    for name, reason in value.items():
        if not isinstance(reason, str) or not reason.strip():
            file.fail([*where, name], f"'{name}' needs a reason: why is it there?")
    return tuple(str(name) for name in value)


def _no_decoy(file: "_File", value: Any) -> str | None:
    """`no_decoy: "why"` turns off the decoy call before each case (stateful.decoy_first), for
    an exercise whose calls are too slow to make twice; the reason is for the next author."""
    if value is not None and (not isinstance(value, str) or not value.strip()):
        file.fail(["no_decoy"], "expected the reason the decoy call is turned off, as text")
    return value


def _fraction(file: "_File", value: Any, where: list) -> float:
    """A share between 0 and 1 (the mutation score an exercise must reach)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        file.fail(where, f"expected a number between 0 and 1 (0.95 is 95%), got {value!r}")
    return float(value)


def _choice(file: _File, value: Any, where: list, options: tuple) -> str:
    if value not in options:
        file.fail(where, f"'{where[0]}' must be one of {', '.join(options)}")
    return value


def _check_keys(file: _File, data: dict) -> None:
    _known_keys(file, data, "exercise", [])
    for key in REQUIRED:
        if key not in data:
            file.fail([], f"the required field '{key}' is missing", "see docs/authoring.md for every field")


def _known_keys(file: _File, value: Any, kind: Any, where: list) -> None:
    """Refuse, with a "did you mean", any key that FIELDS does not declare for this kind of mapping,
    at any depth. A value of the wrong type is left to the code that reads it, which says what it
    expects."""
    if isinstance(kind, list):
        for i, item in enumerate(value if isinstance(value, list) else []):
            _known_keys(file, item, kind[0], [*where, i])
        return
    if kind is None or not isinstance(value, dict):
        return
    message, fields = FIELDS[kind]
    for key, item in value.items():
        if key not in fields and "*" not in fields:
            close = difflib.get_close_matches(str(key), list(fields), n=1)
            file.fail([*where, key], message.format(key),
                      f"did you mean '{close[0]}'?" if close else f"known: {', '.join(sorted(fields))}")
        _known_keys(file, item, fields.get(key, fields.get("*")), [*where, key])


def _mutated(file: "_File", value: Any, reference: Code) -> tuple[str, ...]:
    """The reference's functions the mutation stage mutates: each must be defined there."""
    names = _names(file, value, ["mutate"], allow_empty=True)
    _require_defined(file, reference, names, ["mutate"])
    return tuple(names)


def _names(file: _File, value: Any, where: list, allow_empty: bool = False) -> list[str]:
    if isinstance(value, str):
        value = [value]
    file.expect(value, list, where, "a list of names")
    if not value and not allow_empty:
        file.fail(where, f"'{where[0]}' must name at least one thing")
    for i, item in enumerate(value):
        file.expect(item, str, [*where, i], "a name")
    return value


def _require_defined(file: _File, code: Code, names: Sequence[str], where: list) -> None:
    tree = ast.parse(code.source)
    defined = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    defined |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    for name in names:
        if name not in defined:
            file.fail(where, f"the reference does not define '{name}', which '{where[0]}' names")


def _hints(file: _File, value: Any) -> tuple[str, ...]:
    file.expect(value, list, ["hints"], "a list of hints, from a nudge to the key idea")
    if not value:
        file.fail(["hints"], "give at least one hint")
    return tuple(file.expect(h, str, ["hints", i], "text") for i, h in enumerate(value))


def _case_groups(file: _File, cases: dict, code: Code | None) -> tuple[CaseGroup, ...]:
    groups = []
    for visibility in ("public", "hidden"):
        entries = file.expect(cases.get(visibility, []), list, ["cases", visibility], "a list of case groups")
        if visibility == "hidden" and not entries:
            file.fail(["cases"], "an exercise needs at least one hidden case group")
        for i, entry in enumerate(entries):
            groups.append(_case_group(file, entry, ["cases", visibility, i], visibility == "hidden", code))
    return tuple(groups)


def _case_group(file: _File, entry: Any, where: list, hidden: bool, code: Code | None) -> CaseGroup:
    file.expect(entry, dict, where, "a case group (name, inputs or generate)")
    if ("inputs" in entry) == ("generate" in entry):
        file.fail(where, "a case group needs exactly one of 'inputs' or 'generate'")
    generator = entry.get("generate")
    if generator is not None:
        if code is None or not _defines(code, generator):
            file.fail([*where, "generate"], f"the generator '{generator}' is not defined in cases.code")
    inputs = entry.get("inputs")
    if inputs is not None:
        file.expect(inputs, dict, [*where, "inputs"], "a mapping of input name to value or spec")
    dims = entry.get("dims") or {}
    for name, bounds in file.expect(dims, dict, [*where, "dims"], "a mapping of dim name to [low, high]").items():
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, int) for b in bounds)
                and bounds[0] <= bounds[1]):
            file.fail([*where, "dims", name], f"dim '{name}' must be [low, high], two whole numbers, low <= high")
    errstate = entry.get("errstate")
    if errstate not in (None, "raise"):
        file.fail([*where, "errstate"], "errstate may only be 'raise'")
    repeat = file.expect(entry.get("repeat", 1), int, [*where, "repeat"], "a whole number")
    name = str(entry.get("name", f"{'hidden' if hidden else 'public'} case {where[-1] + 1}"))
    return CaseGroup(name=name, hidden=hidden, repeat=repeat, dims=dims or None, inputs=inputs,
                     generator=generator, errstate=errstate)


def _defines(code: Code, name: str) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name == name for n in ast.parse(code.source).body)


def _checks(file: _File, value: Any) -> tuple[CheckSpec, ...]:
    file.expect(value, list, ["checks"], "a list of checks")
    checks = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            item = {item: {}}
            _known_keys(file, item, "check", ["checks", i])     # a bare kind, as in '- close'
        if not (isinstance(item, dict) and len(item) == 1):
            file.fail(["checks", i], "each check is one kind with its options, e.g. '- close: {rtol: 1e-7}'")
        (kind, options), = item.items()
        checks.append(CheckSpec(kind, options if options is not None else {}))
    if not checks:
        file.fail(["checks"], "an exercise needs at least one check")
    return tuple(checks)


def _mistakes(file: _File, value: Any, reference: Code) -> tuple[Mistake, ...]:
    """Each mistake's variants: whole programs (`code`), and overrides run after the reference
    (`override`: only what differs, such as one function, so a mistake is as small as its idea)."""
    file.expect(value, list, ["mistakes"], "a list of mistakes")
    mistakes, seen = [], set()
    for i, item in enumerate(value):
        where = ["mistakes", i]
        file.expect(item, dict, where, "a mistake with id, hint and code (or override)")
        for key in ("id", "hint"):
            if key not in item:
                file.fail(where, f"mistake {i + 1} has no '{key}'")
        if "code" not in item and "override" not in item:
            file.fail(where, f"mistake {i + 1} needs 'code' (whole programs) or 'override' (what differs "
                             "from the reference), or both")
        if item["id"] in seen:
            file.fail([*where, "id"], f"the mistake id '{item['id']}' is used twice")
        seen.add(item["id"])
        variants = _variants(file, item, where, "code", None) + _variants(file, item, where, "override", reference)
        mistakes.append(Mistake(str(item["id"]), file.expect(item["hint"], str, [*where, "hint"], "text"), variants))
    return tuple(mistakes)


def _variants(file: _File, item: dict, where: list, key: str, base: Code | None) -> tuple[Code, ...]:
    if key not in item:
        return ()
    many = isinstance(item[key], list)
    codes = (file.code(c, [*where, key] + ([k] if many else [])) for k, c in enumerate(item[key] if many else [item[key]]))
    return tuple(Code(c.source, c.origin, base) for c in codes)


def _limits(file: _File, value: Any) -> Limits:
    file.expect(value, dict, ["limits"], "a mapping (time, memory_mb, output_kb)")
    known = {"time": "wall_seconds", "memory_mb": "memory_bytes", "output_kb": "output_bytes"}
    fields = {}
    for key, number in value.items():
        file.expect(number, (int, float), ["limits", key], "a number")
        if key == "time":
            fields["wall_seconds"] = fields["cpu_seconds"] = float(number)
        else:
            fields[known[key]] = int(number * (1 << 20 if key == "memory_mb" else 1 << 10))
    return Limits(**fields)


def _content_hash(file: _File, data: dict) -> str:
    """A hash of the YAML and every file it names: an attempt records which version it was graded on."""
    digest = hashlib.sha256(file.text.encode())
    for sibling in sorted(file.path.parent.glob(f"{file.path.stem}/**/*.py")):
        digest.update(sibling.read_bytes())
    return digest.hexdigest()[:16]
