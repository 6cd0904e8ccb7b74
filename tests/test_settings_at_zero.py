"""Settings at zero: every setting a learner might read with `or default` meets a 0."""
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
