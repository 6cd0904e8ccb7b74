"""The mutation stage: slips nobody listed, made by machine from the reference, must fail the
grader on every seed; `author check --mutants` says which survive and fails below the bar."""
from __future__ import annotations

import json

import pytest

from conftest import run_mlfun

from mlfun.grader.mutants import mutants

SOURCE = '''\
import numpy as np


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def given(x):
    return x + 1
'''


def test_the_operators_make_the_numpy_slips():
    said = {m.description for m in mutants(SOURCE)}
    assert "argument axis= left out" in said and "argument keepdims= left out" in said
    assert "/ became *" in said and "- became +" in said and "statement removed" in said


def test_every_mutant_is_one_change_and_valid_python():
    for mutant in mutants(SOURCE):
        compile(mutant.source, "mutant", "exec")
        assert mutant.source != SOURCE


def test_only_the_named_functions_are_mutated():
    lines = {m.line for m in mutants(SOURCE, only=("softmax",))}
    assert lines and max(lines) <= 6            # none in `given`, which starts on line 9
    assert {m.line for m in mutants(SOURCE, only=("given",))} == {10}


RELU2 = """\
id: relu-twice
title: Twice the positive part
topic: warmup
statement: Return 2 max(x, 0).
hints: [Clip, then double.]
entry: [relu_twice]
starter: |
  def relu_twice(x):
      raise NotImplementedError
reference: |
  import numpy as np


  def relu_twice(x):
      y = np.array(x, copy=True)
      y[y < 0] = 0.0
      return 2.0 * y
cases:
  public:
    - inputs: {x: [1.0, 2.0]}
  hidden:
    - dims: {N: [30, 60]}
      repeat: 2
      inputs: {x: {shape: [N], normal: 1.0}}
checks:
  - close: {rtol: 1.0e-9, atol: 1.0e-12}
  - unmodified: [x]
"""


def author_check(tmp_path, text):
    (tmp_path / "warmup").mkdir(exist_ok=True)
    path = tmp_path / "warmup" / "relu-twice.yaml"
    path.write_text(text)
    done = run_mlfun("author", "check", str(path), "--seeds", "3", "--mutants", "all", "--json",
                     env={"MLFUN_EXERCISES": str(tmp_path)}, timeout=600)
    return done.returncode, json.loads(done.stdout)["exercises"][0]


def test_a_sound_grader_kills_every_mutant(tmp_path):
    code, report = author_check(tmp_path, RELU2)
    mutation = report["mutation"]
    assert code == 0 and mutation["killed"] >= 4 and not mutation["survivors"] and mutation["score"] == 1.0


def test_a_weak_grader_fails_below_the_bar_and_shows_each_survivor(tmp_path):
    """Values compared on the public example only, whose entries are all positive: dropping
    the clip passes the grader, though it is wrong on every hidden case."""
    weak = RELU2.replace("- close: {rtol: 1.0e-9, atol: 1.0e-12}",
                         "- close: {rtol: 1.0e-9, atol: 1.0e-12, cases: public}")
    code, report = author_check(tmp_path, weak)
    survivors = report["mutation"]["survivors"]
    assert code == 1 and any("y[y < 0] = 0.0" in s["diff"] for s in survivors)
    assert any("mutation score" in p and "surviving mutant is a wrong program" in p for p in report["problems"])


def test_a_mutant_accepted_on_its_line_is_not_judged(tmp_path):
    weak = RELU2.replace("- close: {rtol: 1.0e-9, atol: 1.0e-12}",
                         "- close: {rtol: 1.0e-9, atol: 1.0e-12, cases: public}")
    marked = weak.replace("y[y < 0] = 0.0", "y[y < 0] = 0.0   # mutant-ok(statement_removed): a test of the marker")
    code, report = author_check(tmp_path, marked)
    assert report["mutation"]["accepted"] >= 1
    assert not any("y[y < 0]" in s["diff"] and "statement removed" in s["description"]
                   for s in report["mutation"]["survivors"])


def test_a_bar_in_the_file_is_the_bar(tmp_path):
    weak = RELU2.replace("- close: {rtol: 1.0e-9, atol: 1.0e-12}",
                         "- close: {rtol: 1.0e-9, atol: 1.0e-12, cases: public}")
    code, report = author_check(tmp_path, weak + "mutation_bar: 0.0\n")
    assert code == 0 and report["mutation"]["bar"] == 0.0 and report["mutation"]["survivors"]


HALVINGS = RELU2.replace('''  def relu_twice(x):
      y = np.array(x, copy=True)
      y[y < 0] = 0.0
      return 2.0 * y''', '''  def relu_twice(x):
      y = np.array(x, copy=True)
      y[y < 0] = 0.0
      scale = 64.0
      while scale > 2.0:
          scale = scale / 2.0
      return scale * y''')


@pytest.mark.slow
def test_a_mutant_that_never_ends_is_stopped_on_every_case(tmp_path):
    """`/ became *` (or a bound moved) makes the loop endless on every case: the time limit
    must stop each call, not only the first, and the mutant counts as killed."""
    import time

    started = time.monotonic()
    code, report = author_check(tmp_path, HALVINGS)
    assert code == 0 and report["mutation"]["score"] == 1.0, report["problems"]
    assert time.monotonic() - started < 300
