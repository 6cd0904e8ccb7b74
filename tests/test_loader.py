"""The exercise loader: every broken file is reported with its file, line and the fix."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mlfun.grader.catalog import Catalog
from mlfun.grader.errors import ExerciseFileError
from mlfun.grader.loader import load_exercise

GOOD = textwrap.dedent("""\
    format_version: 1
    id: double
    title: Double it
    topic: warmup
    statement: Return 2 x.
    hints: [Multiply by two.]
    entry: [double]
    starter: |
      def double(x):
          raise NotImplementedError
    reference: |
      def double(x):
          return 2 * x
    cases:
      public:
        - inputs: {x: [1.0, 2.0]}
      hidden:
        - dims: {N: [2, 5]}
          inputs: {x: {shape: [N], normal: 1.0}}
    checks:
      - close: {rtol: 1.0e-9}
    """)


def write(folder: Path, text: str, name: str = "double.yaml") -> Path:
    path = folder / name
    path.write_text(text)
    return path


def error_of(path: Path) -> ExerciseFileError:
    with pytest.raises(ExerciseFileError) as info:
        load_exercise(path)
    return info.value


def test_a_good_file_loads(tmp_path):
    exercise = load_exercise(write(tmp_path, GOOD))
    assert exercise.id == "double" and exercise.entry == ("double",) and exercise.module == "double"
    assert len(exercise.case_groups) == 2 and exercise.checks[0].kind == "close"


def test_invalid_yaml_names_the_line(tmp_path):
    broken = GOOD.replace("title: Double it", "title: [Double it")
    err = error_of(write(tmp_path, broken))
    assert err.path.endswith("double.yaml") and err.line is not None and "not valid YAML" in err.problem


def test_unknown_field_names_line_and_suggests(tmp_path):
    err = error_of(write(tmp_path, GOOD + "hint: [typo]\n"))
    assert err.line == GOOD.count("\n") + 1
    assert "unknown field 'hint'" in err.problem and "hints" in err.hint


def test_missing_required_field(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("statement: Return 2 x.\n", "")))
    assert "required field 'statement' is missing" in err.problem


def test_wrong_type_names_the_field_and_line(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("hints: [Multiply by two.]", "hints: {a: 1}")))
    assert err.line == 6 and "hints" in err.problem


def test_id_must_match_file_name(tmp_path):
    err = error_of(write(tmp_path, GOOD, name="triple.yaml"))
    assert "must match the file name" in err.problem and err.line == 2


def test_missing_code_file(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("reference: |\n  def double(x):\n      return 2 * x\n",
                                                 "reference: double/reference.py\n")))
    assert "does not exist" in err.problem and "reference" in str(err)


def test_syntax_error_in_reference_names_its_line(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("return 2 * x", "return 2 *")))
    assert "syntax error at line 2" in err.problem


def test_reference_must_define_entry(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("entry: [double]", "entry: [twice]")))
    assert "does not define 'twice'" in err.problem


def test_newer_format_asks_to_upgrade(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("format_version: 1", "format_version: 99")))
    assert "newer" in err.problem and "upgrade mlfun" in err.hint


def test_unknown_check_kind(tmp_path):
    err = error_of(write(tmp_path, GOOD.replace("- close: {rtol: 1.0e-9}", "- closee: {rtol: 1.0e-9}")))
    assert "unknown check kind 'closee'" in err.problem and "close" in err.hint


MISTAKES = """\
    mistakes:
      - id: halved
        hint: You divide by two where you should multiply.
        override: |
          def double(x):
              return x / 2
    """


def test_a_mistake_given_only_as_an_override_runs_after_the_reference(tmp_path):
    exercise = load_exercise(write(tmp_path, GOOD + textwrap.dedent(MISTAKES)))
    (variant,) = exercise.mistakes[0].variants
    assert variant.base == exercise.reference and "x / 2" in variant.source
    assert variant.program.startswith(exercise.reference.source) and variant.program.endswith(variant.source)


def test_a_mistake_with_neither_code_nor_override_is_refused_with_its_line(tmp_path):
    text = GOOD + textwrap.dedent(MISTAKES).split("    override:")[0]
    err = error_of(write(tmp_path, text))
    assert err.path.endswith("double.yaml") and err.line == GOOD.count("\n") + 2
    assert "mistake 1 needs 'code'" in err.problem and "'override'" in err.problem


def test_one_broken_file_never_stops_the_others(tmp_path):
    write(tmp_path, GOOD)
    write(tmp_path, "id: [broken\n", name="broken.yaml")
    catalog = Catalog.load([tmp_path])
    assert [e.id for e in catalog.entries] == ["double"]
    assert len(catalog.errors) == 1 and catalog.errors[0].path.endswith("broken.yaml")


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.parent.joinpath("exercises").rglob("*.yaml")),
                         ids=lambda p: p.stem)
def test_every_shipped_file_loads(path):
    if path.name != "topics.yaml":
        load_exercise(path)


@pytest.mark.parametrize("old, new, line, problem, hint", [
    ("{rtol: 1.0e-9}", "{rtol: 1.0e-9, atoll: 1.0e-12}", 21, "unknown option 'atoll' of a close check",
     "did you mean 'atol'?"),
    ("normal: 1.0}", "normall: 3.0}", 19, "unknown field 'normall' in an input spec", "did you mean 'normal'?"),
    ("- close: {rtol: 1.0e-9}", "- closee", 21, "unknown check kind 'closee'", "did you mean 'close'?"),
    ("- close: {rtol: 1.0e-9}", "- unmodified: {input: [x]}", 21, "unknown option 'input' of an unmodified check",
     "did you mean 'inputs'?"),
    ("- close: {rtol: 1.0e-9}", "- gradient: {forward: double, wrt: {x: x}, upstreem: x}", 21,
     "unknown option 'upstreem' of a gradient check", "did you mean 'upstream'?"),
    ("    - dims", "    - dimz: 1\n      dims", 18, "unknown field 'dimz' in a case group", "did you mean 'dims'?"),
    ("  public:", "  publik: []\n  public:", 15, "unknown field 'cases.publik'", "did you mean 'public'?"),
    ("hints: [", "mistakes: [{id: a, hint: b, code: 'x = 1', hnt: c}]\nhints: [", 6,
     "unknown field 'hnt' in a mistake", "did you mean 'hint'?"),
    ("hints: [", "limits: {tme: 3}\nhints: [", 6, "unknown limit 'tme'", "did you mean 'time'?"),
    ("- close: {rtol: 1.0e-9}", "- speed: {min_speedup: 2, zzz: 1}", 21, "unknown option 'zzz' of a speed check",
     "known: baseline, baseline_name, cases, except_group, function, group, min_speedup, name, repeat"),
])
def test_an_unknown_key_anywhere_is_refused_with_its_line_and_a_suggestion(tmp_path, old, new, line, problem, hint):
    """A mistyped option would otherwise be ignored and its default used: a tolerance the author did not mean."""
    assert old in GOOD
    err = error_of(write(tmp_path, GOOD.replace(old, new)))
    assert (err.line, err.problem, err.hint) == (line, problem, hint)
    assert err.with_hint() == f"{tmp_path / 'double.yaml'}, line {line}: {problem} ({hint})"


def test_the_course_refuses_an_unknown_key_without_loading_the_whole_exercise(tmp_path):
    """Headers are all `status` and `list` read; a typo deep in a check must still keep the exercise out."""
    write(tmp_path, GOOD.replace("{rtol: 1.0e-9}", "{rtol: 1.0e-9, atoll: 1.0e-12}"))
    catalog = Catalog.load([tmp_path])
    assert catalog.entries == [] and [e.with_hint() for e in catalog.errors] == [
        f"{tmp_path / 'double.yaml'}, line 21: unknown option 'atoll' of a close check (did you mean 'atol'?)"]
