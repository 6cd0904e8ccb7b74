"""Checks of temperature scaling, computed in the trusted parent with the grader's own nll.

  * nll_value / dnll_value: temperature_nll at the case's T equals the exact values;
  * fit_is_stationary: at the returned T, |T dnll/dT| <= 1e-8 (scale-free: it is
    -beta dnll/dbeta, the relative change of the nll per relative change of T);
  * fit_is_optimal: nll(T) <= nll(T_ref) + 1e-12, T_ref the reference's fit.

Each `measure_*` gives the quantity a named mistake is recognized by (diagnose_by: checks):
the nll a learner returns (one computed at logits * T is the same wrong number), and the
ratio of their derivative to the true one (-T^2 when the chain factor -1/T^2 is dropped).
"""
import math

import numpy as np

STATIONARY = 1e-8
OPTIMAL = 1e-12


def _nll_and_slope(logits, labels, T):
    """(nll, dnll/dT) of softmax(logits / T), max-shifted, in float64."""
    z = np.asarray(logits, dtype=np.float64)
    s = z / T
    s = s - s.max(axis=1, keepdims=True)
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    rows = np.arange(z.shape[0])
    nll = -np.mean(log_p[rows, labels])
    slope = np.mean(z[rows, labels] - (p * z).sum(axis=1)) / (T * T)
    return float(nll), float(slope)


def _number(outputs, key):
    value = outputs.get(key) if isinstance(outputs, dict) else None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _derivative_scale(inputs):
    """The size of dnll/dT's terms, (1/T^2) * mean max |z|: the tolerance's unit."""
    z = np.asarray(inputs["logits"])
    return float(np.mean(np.abs(z).max(axis=1))) / inputs["T"] ** 2


def nll_value(inputs, outputs, expected):
    got, want = _number(outputs, "nll"), expected["nll"]
    if got is None:
        return "temperature_nll must return a finite float nll (the first of the pair)"
    if abs(got - want) <= 1e-10 * abs(want) + 1e-12:
        return None
    return (f"nll at T = {inputs['T']:.6g} is {got:.12g}, expected {want:.12g}: the mean over samples "
            "of -log softmax(logits / T)[label], with a natural log")


def measure_nll_value(inputs, outputs):
    got = _number(outputs, "nll")
    return (got if got is not None else math.nan), 1e-9 * abs(got or 0.0) + 1e-12


def dnll_value(inputs, outputs, expected):
    got, want = _number(outputs, "dnll_dT"), expected["dnll_dT"]
    if got is None:
        return "temperature_nll must return a finite float dnll_dT (the second of the pair)"
    if abs(got - want) <= 1e-8 * (abs(want) + _derivative_scale(inputs)):
        return None
    return (f"dnll_dT at T = {inputs['T']:.6g} is {got:.10g}, expected {want:.10g}: "
            "(1/T^2) * mean_i (z_i[y_i] - sum_c p_ic z_ic), with p = softmax(z_i / T)")


def measure_dnll_value(inputs, outputs):
    got = _number(outputs, "dnll_dT")
    _, want = _nll_and_slope(inputs["logits"], inputs["labels"], inputs["T"])
    if got is None or want == 0:
        return math.nan, 0.0
    return got / want, 1e-6 * abs(got / want) + 1e-9


def _fitted(outputs):
    value = _number(outputs, "T_fit")
    return value if value is not None and value > 0 else None


def fit_is_stationary(inputs, outputs, expected):
    T = _fitted(outputs)
    if T is None:
        return "fit_temperature must return a positive finite float T"
    _, slope = _nll_and_slope(inputs["logits"], inputs["labels"], T)
    if abs(T * slope) <= STATIONARY:
        return None
    return (f"at your T = {T:.10g} the nll is not stationary: T * dnll/dT = {T * slope:.3g} "
            f"(must be at most {STATIONARY:g} in size; the optimum is near T = {expected['T_fit']:.10g}). "
            "Iterate until the derivative, not the step, is below the tolerance")


def fit_is_optimal(inputs, outputs, expected):
    T = _fitted(outputs)
    if T is None:
        return "fit_temperature must return a positive finite float T"
    mine, _ = _nll_and_slope(inputs["logits"], inputs["labels"], T)
    best, _ = _nll_and_slope(inputs["logits"], inputs["labels"], expected["T_fit"])
    if mine <= best + OPTIMAL:
        return None
    return (f"the nll at your T = {T:.10g} is {mine:.15g}, above the minimum {best:.15g} reached at "
            f"T = {expected['T_fit']:.10g}")
