"""`mlfun author check` proves a sound exercise and fails, clearly, on broken copies."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, run_mlfun

SOFTMAX = ROOT / "exercises" / "probability"


def copy_softmax(folder: Path, new_id: str = "softmax-copy") -> Path:
    """The softmax exercise under a new id, in an instructor folder."""
    (folder / "probability").mkdir(parents=True, exist_ok=True)
    shutil.copytree(SOFTMAX / "softmax", folder / "probability" / new_id)
    text = (SOFTMAX / "softmax.yaml").read_text().replace("id: softmax", f"id: {new_id}")
    text = text.replace("softmax/", f"{new_id}/")
    path = folder / "probability" / f"{new_id}.yaml"
    path.write_text(text)
    return path


def check(path_or_id: str, folder: Path):
    completed = run_mlfun("author", "check", path_or_id, "--seeds", "5", "--json",
                          env={"MLFUN_EXERCISES": str(folder)})
    return completed.returncode, json.loads(completed.stdout)


def problems(report: dict) -> str:
    return " | ".join(p for e in report["exercises"] for p in e["problems"]) + " | ".join(report["graph"])


def test_a_sound_exercise_is_proved(tmp_path):
    code, report = check(str(copy_softmax(tmp_path)), tmp_path)
    assert code == 0 and report["ok"], problems(report)
    proved = " ".join(report["exercises"][0]["proved"])
    assert "reference passes" in proved and "starter fails" in proved and "no-max-shift" in proved


def test_a_mistake_that_is_not_caught(tmp_path):
    path = copy_softmax(tmp_path)
    reference = (path.parent / "softmax-copy" / "reference.py").read_text()
    (path.parent / "softmax-copy" / "no_max_shift.py").write_text(reference)
    code, report = check(str(path), tmp_path)
    assert code == 1 and "the mistake no-max-shift passes every check" in problems(report)


def test_a_mistake_diagnosed_as_another(tmp_path):
    path = copy_softmax(tmp_path)
    wrong_axis = (path.parent / "softmax-copy" / "wrong_axis_last.py").read_text()
    (path.parent / "softmax-copy" / "no_max_shift.py").write_text(wrong_axis)
    code, report = check(str(path), tmp_path)
    assert code == 1 and "no-max-shift is also diagnosed as wrong-axis" in problems(report)


def test_a_mistake_whose_code_is_broken(tmp_path):
    """A typo in a mistake's file makes it fail every case, and diagnosis matches it to itself
    by the error alone: proved, while it teaches nothing. It is refused, with the error."""
    path = copy_softmax(tmp_path)
    mistake = path.parent / "softmax-copy" / "no_max_shift.py"
    mistake.write_text(mistake.read_text().replace("np.exp(", "numpy.exp(", 1))     # numpy: never imported
    code, report = check(str(path), tmp_path)
    assert code == 1 and "the mistake no-max-shift" in problems(report), problems(report)
    assert "its code is broken" in problems(report) and "NameError" in problems(report)


def test_a_reference_that_fails(tmp_path):
    """The reference defines the expected values, so it fails by breaking another check: here it
    modifies its input in place."""
    path = copy_softmax(tmp_path)
    ref = path.parent / "softmax-copy" / "reference.py"
    ref.write_text(ref.read_text().replace("    shifted = x - np.max(x, axis=axis, keepdims=True)",
                                           "    x -= np.max(x, axis=axis, keepdims=True)\n    shifted = x"))
    code, report = check(str(path), tmp_path)
    assert code == 1 and "the reference fails in the sandbox: inputs left unmodified" in problems(report)
    assert "the reference fails on 5 of 5 seeds" in problems(report)


def test_a_starter_that_passes(tmp_path):
    path = copy_softmax(tmp_path)
    reference = (path.parent / "softmax-copy" / "reference.py").read_text()
    (path.parent / "softmax-copy" / "starter.py").write_text(reference)
    code, report = check(str(path), tmp_path)
    assert code == 1 and "the starter passes" in problems(report)


def test_a_cycle_in_the_prerequisites(tmp_path):
    first = copy_softmax(tmp_path, "cycle-a")
    second = copy_softmax(tmp_path, "cycle-b")
    for path, other in ((first, "cycle-b"), (second, "cycle-a")):
        path.write_text(path.read_text().replace("order: 2\n", f"order: 2\nrequires: [{other}]\n"))
    code, report = check(str(first), tmp_path)
    assert code == 1 and "the prerequisites form a cycle" in problems(report)
    assert "cycle-a" in problems(report) and "cycle-b" in problems(report)


def test_the_table_names_the_failure_in_plain_text(tmp_path):
    path = copy_softmax(tmp_path)
    (path.parent / "softmax-copy" / "starter.py").write_text((path.parent / "softmax-copy" / "reference.py").read_text())
    out = run_mlfun("author", "check", str(path), "--seeds", "3", env={"MLFUN_EXERCISES": str(tmp_path),
                                                                      "NO_COLOR": "1", "COLUMNS": "120"})
    assert out.returncode == 1 and "FAILED" in out.stdout and "the starter passes" in out.stdout
    assert "1 of 1 exercises failed" in out.stdout


def test_an_id_is_an_id_even_in_the_folder_that_holds_its_code(tmp_path):
    """From a topic folder, `softmax-copy` is also the name of the exercise's code folder, which
    holds no .yaml: taken as a folder, it proved nothing and passed."""
    path = copy_softmax(tmp_path)
    out = run_mlfun("author", "check", "softmax-copy", "--seeds", "2", "--json", cwd=path.parent,
                    env={"MLFUN_EXERCISES": str(tmp_path)})
    report = json.loads(out.stdout)
    assert out.returncode == 0 and [e["path"] for e in report["exercises"]] == [str(path)], problems(report)


def test_a_check_that_matches_nothing_fails_and_says_why(tmp_path):
    (tmp_path / "empty").mkdir()
    out = run_mlfun("author", "check", "empty", cwd=tmp_path)
    assert out.returncode == 3 and out.stdout == ""
    assert out.stderr == ("mlfun: nothing to prove: no exercise has the id 'empty', and the folder empty holds "
                          "no .yaml file\n  hint: name exercise ids, .yaml files or folders that hold them\n")


def test_a_typo_in_a_check_option_fails_with_file_line_and_suggestion(tmp_path):
    path = copy_softmax(tmp_path)
    text = path.read_text()
    assert "atol: " in text
    path.write_text(text.replace("atol: ", "atoll: ", 1))
    line = text[:text.index("atol: ")].count("\n") + 1
    code, report = check("softmax-copy", tmp_path)
    assert code == 1 and report["exercises"][0]["problems"] == [
        f"{path}, line {line}: unknown option 'atoll' of a close check (did you mean 'atol'?)"]
