"""Edge cases every exercise gets without asking: each setting at 0 (so `config.get(k) or
default` fails), and each declared dim at size 1 (so `.squeeze()` without an axis fails)."""
from __future__ import annotations

import textwrap

import pytest

from mlfun.grader.cases import generate_cases
from mlfun.grader.errors import ExerciseFileError
from mlfun.grader.loader import load_exercise

SCALE = textwrap.dedent("""\
    id: scale
    title: Scale it
    topic: warmup
    statement: Return x times config['k'] plus config['b'] (b defaults to 1).
    hints: [Multiply.]
    entry: [scale]
    starter: |
      def scale(x, config, shift=None):
          raise NotImplementedError
    reference: |
      def scale(x, config, shift=None):
          return x * config["k"] + config.get("b", 1.0) + (0.0 if shift is None else shift)
    cases:
      public:
        - inputs: {x: [1.0, 2.0], config: {value: {k: 2.0, b: 0.5}}, shift: null}
      hidden:
        - dims: {N: [2, 5]}
          inputs:
            x: {shape: [N], normal: 1.0}
            config: {value: {k: 3.0, b: 0.25, name: fixed}}
            shift: {uniform: [1.0, 2.0]}
    checks:
      - close: {rtol: 1.0e-9}
    """)


def test_each_setting_gets_one_hidden_case_at_zero(tmp_path):
    (tmp_path / "scale.yaml").write_text(SCALE)
    cases = generate_cases(load_exercise(tmp_path / "scale.yaml"), seed=3)
    zeroed = {c.zeroed: c for c in cases if c.zeroed}
    assert set(zeroed) == {"config.k", "config.b", "shift"}      # not the string, not x
    case = zeroed["config.b"]
    assert case.hidden and case.inputs["config"] == {"k": 3.0, "b": 0.0, "name": "fixed"}
    assert case.name.endswith("with config.b = 0")
    hidden = next(c for c in cases if c.hidden and not c.zeroed)
    assert hidden.inputs["config"]["b"] == 0.25                  # the source case is untouched


def test_a_setting_some_case_sets_to_zero_gets_no_extra_case(tmp_path):
    (tmp_path / "scale.yaml").write_text(SCALE.replace("b: 0.25", "b: 0.0"))
    cases = generate_cases(load_exercise(tmp_path / "scale.yaml"), seed=0)
    assert "config.b" not in {c.zeroed for c in cases}


def test_nonzero_settings_are_named_with_a_reason(tmp_path):
    text = SCALE + 'nonzero_settings:\n  config.k: "a scale of 0 erases x"\n'
    (tmp_path / "scale.yaml").write_text(text)
    exercise = load_exercise(tmp_path / "scale.yaml")
    assert exercise.nonzero_settings == ("config.k",)
    assert "config.k" not in {c.zeroed for c in generate_cases(exercise, seed=0)}


def test_a_nonzero_setting_without_a_reason_is_refused_with_its_line(tmp_path):
    (tmp_path / "scale.yaml").write_text(SCALE + "nonzero_settings:\n  config.k: ''\n")
    with pytest.raises(ExerciseFileError) as info:
        load_exercise(tmp_path / "scale.yaml")
    assert "needs a reason" in info.value.problem and info.value.line == SCALE.count("\n") + 2


def test_each_dim_of_each_declared_group_gets_a_case_of_size_one(tmp_path):
    text = SCALE.replace("dims: {N: [2, 5]}", "dims: {N: [2, 5], M: [3, 6]}").replace(
        "x: {shape: [N], normal: 1.0}", "x: {shape: [N, M], normal: 1.0}")
    (tmp_path / "scale.yaml").write_text(text)
    cases = generate_cases(load_exercise(tmp_path / "scale.yaml"), seed=5)
    ones = {c.sized_one: c.inputs["x"].shape for c in cases if c.sized_one}
    assert ones.keys() == {"N", "M"} and ones["N"][0] == 1 and ones["M"][1] == 1
    assert ones["N"][1] != 1 and ones["M"][0] != 1                # only that one dim
    assert all(c.hidden for c in cases if c.sized_one)


def test_no_size_one_names_dims_that_must_stay_larger(tmp_path):
    text = SCALE + 'no_size_one:\n  N: "a mean over one sample has no spread"\n'
    (tmp_path / "scale.yaml").write_text(text)
    exercise = load_exercise(tmp_path / "scale.yaml")
    assert exercise.no_size_one == ("N",)
    assert not [c for c in generate_cases(exercise, seed=0) if c.sized_one]
