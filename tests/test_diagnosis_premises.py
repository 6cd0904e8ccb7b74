"""A diagnosis speaks only when its premise holds on the attempt it explains (issue 18).

Each file under tests/premises/<exercise>/ is a learner's wrong submission that once got
a confident wrong diagnosis. They are graded on seeds 0..9: a diagnosis must be the same
on every seed, and never the advice whose premise the attempt contradicts.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from mlfun.grader.grade import grade

HERE = Path(__file__).parent / "premises"
SEEDS = range(10)
STABILITY = {"overflow-on-large-inputs", "underflow-on-large-inputs", "non-finite-on-large-inputs"}


def _grade_all(catalog, exercise_id: str, name: str, launcher) -> list:
    exercise = catalog.exercise(exercise_id)
    source = (HERE / exercise_id / name).read_bytes()
    return [grade(exercise, source, seed, launcher=launcher) for seed in SEEDS]


def _named(result) -> list:
    return [d.mistake for d in result.diagnosis]


@pytest.mark.parametrize("name", ["max_right_sum_axis0.py", "max_right_sum_axis1.py", "max_axis0_sum_right.py"])
def test_softmax_with_a_hard_coded_axis_is_wrong_axis_on_every_seed(catalog, zygote, name):
    """The named mistake is written with axis -1; the same mistake along any other fixed axis,
    or with only one of the two reductions hard-coded, is still that mistake, never overflow:
    its ordinary cases are wrong, so "right on ordinary ones" would be false."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "softmax", name, zygote)):
        assert not result.passed
        assert "wrong-axis" in _named(result), (seed, _named(result))
        assert not STABILITY & set(_named(result)), (seed, _named(result))


@pytest.mark.parametrize("name", ["max_without_keepdims.py", "method_calls_without_keepdims.py"])
def test_logsumexp_without_keepdims_is_a_shape_diagnosis_and_shows_its_error(catalog, zygote, name):
    """The max without keepdims breaks broadcasting on ordinary cases: the diagnosis names the
    lost axis, never overflow, and the learner sees the broadcasting error itself (its type,
    message and line), not only the overflow its square public example happens to raise."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "logsumexp", name, zygote)):
        named = _named(result)
        assert {"missing-keepdims", "wrong-axis"} & set(named), (seed, named)
        assert not STABILITY & set(named) and "no-max-shift" not in named, (seed, named)
        runs = result.checks[0].message
        assert "ValueError at line" in runs and "could not be broadcast" in runs, runs
        assert "hidden case" in runs and "x: (" in runs and "axis=" in runs, runs


@pytest.mark.slow     # dropout grades run 120 forward passes each, mistakes included: 5 s a test
@pytest.mark.parametrize("name", ["mask_per_feature.py", "mask_per_example.py"])
def test_dropout_with_a_shared_mask_is_not_the_drop_probability_convention(catalog, zygote, name):
    """A mask shared over the batch keeps about p of the entries, with a spread far beyond an
    independent mask's: a wrong keep rate, but not 1 - p, so not `p-is-drop-probability`."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "dropout", name, zygote)):
        assert "p-is-drop-probability" not in _named(result), (seed, result.checks)


@pytest.mark.slow
def test_dropout_pytorch_convention_is_still_named(catalog, zygote):
    source = (Path(__file__).parent / "submissions/dropout/p-is-drop-probability/pytorch_convention.py").read_bytes()
    exercise = catalog.exercise("dropout")
    for seed in SEEDS:
        assert "p-is-drop-probability" in _named(grade(exercise, source, seed, launcher=zygote)), seed


@pytest.mark.parametrize("name", ["max_over_whole_array.py", "max_over_each_batch_item.py"])
def test_attention_shifted_by_a_global_max_is_not_told_about_overflow(catalog, zygote, name):
    """It already subtracts a maximum; its rows underflow to 0/0. Telling it that exp
    overflows, or to subtract the maximum, sends it the wrong way."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "attention", name, zygote)):
        named = _named(result)
        assert "overflow-on-large-inputs" not in named and "no-max-shift" not in named, (seed, named)
        assert not any("overflow" in d.hint for d in result.diagnosis), (seed, result.diagnosis)
        assert named == ["underflow-on-large-inputs"], (seed, named)


@pytest.mark.parametrize("name", ["np_cov_default_ddof.py", "np_cov_of_transpose.py"])
def test_gaussian_mle_with_np_cov_is_unbiased_covariance_and_silent(catalog, capsys, zygote, name):
    """np.cov divides by N - 1 (and returns a 0-d array for one feature, a second fault that
    must not hide the first); mlfun's own mistakes must print nothing while they are compared."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = _grade_all(catalog, "gaussian-mle", name, zygote)
    assert [str(w.message) for w in caught] == []
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    for seed, result in zip(SEEDS, results):
        assert "unbiased-covariance" in _named(result), (seed, _named(result))
        assert "constant-factor" not in _named(result), (seed, _named(result))


def test_an_error_on_a_hidden_case_is_shown_with_its_shapes_and_parameters(catalog):
    """type, message, the learner's line, the input shapes and the scalar parameters
    (conv_param's stride and pad) of the first case that raised."""
    exercise = catalog.exercise("conv-forward")
    source = (HERE / "conv-forward/no_stride_three.py").read_bytes()
    runs = grade(exercise, source, 3).checks[0]
    assert not runs.passed
    for part in ("NotImplementedError at line 7 of conv_forward.py", "stride 3 is not supported",
                 "hidden case 'stride 3'", "x: (", "w: (", "'stride': 3", "'pad'"):
        assert part in runs.message, (part, runs.message)


def test_adam_without_bias_correction_that_never_advances_t_is_named_with_both(catalog, zygote):
    """Its w, m and v match `no-bias-correction` exactly and only t differs: the learner is told
    both mistakes, and that t is not carried in config, on every seed."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "adam", "no_correction_t_never_advanced.py", zygote)):
        named = {d.mistake: d.hint for d in result.diagnosis}
        assert set(named) == {"no-bias-correction", "t-not-stored"}, (seed, list(named))
        assert "t is not carried in config" in named["t-not-stored"]
        assert "2 mistakes at once" in named["no-bias-correction"]


def test_float32_is_named_and_a_wrong_epsilon_is_not(catalog, zygote):
    """A layer norm computed in float32 is right to float32 precision: named so, on every seed.
    One whose default epsilon is 1e-8 is wrong by more than float32 rounding makes, on
    ordinary values: not float32, though its errors are small too."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "layernorm", "float32_inside.py", zygote)):
        assert _named(result) == ["float32-precision"], (seed, _named(result))
        assert "float32" in result.diagnosis[0].hint and "float64" in result.diagnosis[0].hint
    for seed, result in zip(SEEDS, _grade_all(catalog, "layernorm", "default_eps_1e-8.py", zygote)):
        assert not result.passed and "float32-precision" not in _named(result), (seed, _named(result))


@pytest.mark.slow
def test_classic_dropout_is_named_by_its_two_conventions(catalog, zygote):
    """Drop with probability p, no scaling while training, scaled by 1 - p at test time: the
    original dropout, which is scales-at-test-time and p-is-drop-probability at once."""
    for seed, result in zip(SEEDS, _grade_all(catalog, "dropout", "classic_dropout.py", zygote)):
        assert set(_named(result)) == {"scales-at-test-time", "p-is-drop-probability"}, (seed, _named(result))
