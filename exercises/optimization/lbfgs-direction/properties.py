"""Checks of lbfgs_direction that do not trust the reference's two loops.

The dense check builds H by the BFGS recursion H <- (I - rho s y^T) H (I - rho y s^T) + rho s s^T
from H = gamma I (newest pair's gamma), oldest pair first, and compares p with -H g. It runs
only where D is small enough for a D x D matrix.
"""
import numpy as np

DENSE_UP_TO = 400
RTOL = 1e-7


def _dense_inverse_hessian(s_list, y_list, d):
    if not len(s_list):
        return np.eye(d)
    s_new, y_new = np.asarray(s_list[-1]), np.asarray(y_list[-1])
    H = np.eye(d) * (s_new @ y_new) / (y_new @ y_new)
    for s, y in zip(s_list, y_list):
        s, y = np.asarray(s), np.asarray(y)
        rho = 1.0 / (y @ s)
        left = np.eye(d) - rho * np.outer(s, y)
        H = left @ H @ left.T + rho * np.outer(s, s)
    return H


def dense_bfgs(inputs, outputs, expected):
    g = np.asarray(inputs["g"])
    if g.size > DENSE_UP_TO:
        return None
    p = np.asarray(outputs.get("p"), dtype=float)
    want = -_dense_inverse_hessian(inputs["s_list"], inputs["y_list"], g.size) @ g
    if p.shape != want.shape:
        return f"p has shape {p.shape}, but g has shape {want.shape}"
    error = np.max(np.abs(p - want)) / np.max(np.abs(want))
    if error > RTOL:
        return (f"p differs from -H g with H built densely by the BFGS recursion from gamma I "
                f"(relative error {error:.2e})")
    return None


def secant_condition(inputs, outputs, expected):
    if not len(inputs["s_list"]):
        return None
    s_new = np.asarray(inputs["s_list"][-1])
    got = np.asarray(outputs.get("p_for_newest_y"), dtype=float)
    if got.shape != s_new.shape:
        return f"the direction for g = y_new has shape {got.shape}, not {s_new.shape}"
    error = np.max(np.abs(got + s_new)) / np.max(np.abs(s_new))
    if error > RTOL:
        return (f"the secant condition H y_new = s_new fails: for g = y_new (the newest pair's y) "
                f"your direction should be -s_new (relative error {error:.2e})")
    return None
