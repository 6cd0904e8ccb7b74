"""Systems for conjugate_gradient: where the count is reproducible, and where it is not.

Few eigenvalues: A = Q diag(λ) Qᵀ with k <= 5 distinct eigenvalues, each a factor >= 3 from
the next and spanning a ratio >= 100, so CG stops after exactly k iterations (checked here
against a second, einsum-based CG) while steepest descent is still far off after 10·n.
General systems: eigenvalues log-uniform up to a condition number <= 1e3, where only the
true residual is graded.
"""
import numpy as np


def _orthogonal(rng, n):
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return q


def _with_eigenvalues(rng, eigenvalues):
    q = _orthogonal(rng, eigenvalues.size)
    A = (q * eigenvalues) @ q.T
    return 0.5 * (A + A.T)


def _few_eigenvalue_matrix(rng, n, k):
    """k distinct eigenvalues, consecutive ratios >= 3, the whole spread >= 100."""
    ratios = rng.uniform(3.0, 6.0, size=k - 1)
    levels = float(rng.uniform(0.1, 10.0)) * np.concatenate([[1.0], np.cumprod(ratios)])
    # the largest one at least 100x the smallest, so steepest descent cannot finish in 10·n steps
    levels[-1] = max(levels[-1], levels[0] * float(rng.uniform(100.0, 300.0)))
    counts = np.ones(k, dtype=int)
    counts += np.bincount(rng.integers(0, k, size=n - k), minlength=k)
    return _with_eigenvalues(rng, np.repeat(levels, counts))


def _general_matrix(rng, n):
    cond = 10 ** rng.uniform(2.0, 3.0)
    return _with_eigenvalues(rng, np.exp(rng.uniform(0.0, np.log(cond), size=n)))


def _rhs(rng, n, low, high):
    b = rng.normal(size=n)
    return b / np.linalg.norm(b) * 10 ** rng.uniform(low, high)


def _einsum_cg(A, b, tol, max_iters):
    """A second correct CG (other reductions), to confirm the count is reproducible."""
    x, r = np.zeros_like(b), b.copy()
    p, rr, k = r.copy(), np.einsum("i,i->", r, r), 0
    while np.sqrt(rr) > tol * np.sqrt(np.einsum("i,i->", b, b)) and k < max_iters:
        Ap = np.einsum("ij,j->i", A, p)
        alpha = rr / np.einsum("i,i->", p, Ap)
        x, r = x + alpha * p, r - alpha * Ap
        rr, rr_old = np.einsum("i,i->", r, r), rr
        p, k = r + rr / rr_old * p, k + 1
    return k


def _reference_count(A, b, tol, max_iters):
    import importlib.util
    import pathlib
    spec = importlib.util.spec_from_file_location("cg_reference", pathlib.Path(__file__).with_name("reference.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kwargs = {"tol": tol} if tol is not None else {}
    return module.conjugate_gradient(A, b, max_iters=max_iters, **kwargs)[1]


def _few(rng, low, high, tol=None, max_iters=None):
    """A few-eigenvalue system whose count is k for two CG programs (redrawn otherwise)."""
    while True:
        n, k = int(rng.integers(6, 41)), int(rng.integers(2, 6))
        A, b = _few_eigenvalue_matrix(rng, n, k), _rhs(rng, n, low, high)
        cap = 10 * n if max_iters is None else max_iters
        t = 1e-10 if tol is None else tol
        if _reference_count(A, b, tol, max_iters) == k == _einsum_cg(A, b, t, cap):
            return {"A": A, "b": b, "tol": tol, "max_iters": max_iters, "count_reproducible": True}


def _relative_residuals(A, b, steps):
    """‖r_j‖/‖b‖ for j = 0..steps of the recursive residual (the statement's iteration)."""
    x, r = np.zeros_like(b), b.copy()
    p, rr, history = r.copy(), float(r @ r), []
    b_norm = float(np.sqrt(b @ b))
    for _ in range(steps + 1):
        history.append(np.sqrt(rr) / b_norm)
        if len(history) > steps:
            break
        Ap = A @ p
        alpha = rr / float(p @ Ap)
        x, r = x + alpha * p, r - alpha * Ap
        rr, rr_old = float(r @ r), rr
        p = r + rr / rr_old * p
    return history


def _tol_at_residual(rng, side):
    """A few-eigenvalue system and a tol 1e-6 (relative) above or below ‖r_j‖/‖b‖ for a j < k.

    Here the test ‖r‖ <= tol·‖b‖ itself decides the count, not the exhaustion of the
    eigenvalues: a stopping measure other than the statement's (another norm, r·r against
    tol·‖b‖, a tolerance relative to something else) is off by more than 1e-6 at r_j and
    stops one iteration early (side -1) or late (side +1). Every other residual is more than
    1e-3 (relative) away from tol, so rounding (~1e-12 here) cannot move the count.
    """
    while True:
        n, k = int(rng.integers(6, 41)), int(rng.integers(3, 6))
        A, b = _few_eigenvalue_matrix(rng, n, k), _rhs(rng, n, -1.0, 1.0)
        history = _relative_residuals(A, b, k)
        # CG's residual norms are not monotone: r_j must be a new low, or an earlier one stops first
        lows = [i for i in range(1, k) if history[i] < 0.999 * min(history[:i])]
        if not lows:
            continue
        j = int(rng.choice(lows))
        tol = history[j] * (1.0 + side * 1e-6)
        count = next((i for i, h in enumerate(history) if h <= tol), None)
        others = [h for i, h in enumerate(history) if i != j]
        if count is None or history[j] < 1e-8 or any(abs(h / tol - 1.0) < 1e-3 for h in others):
            continue
        if _reference_count(A, b, tol, None) == count == _einsum_cg(A, b, tol, 10 * n):
            return {"A": A, "b": b, "tol": float(tol), "max_iters": None, "count_reproducible": True}


def tol_just_above_a_residual(rng):
    return _tol_at_residual(rng, +1.0)


def tol_just_below_a_residual(rng):
    return _tol_at_residual(rng, -1.0)


def worked_example(rng):
    return {"A": np.array([[4.0, 1.0], [1.0, 3.0]]), "b": np.array([1.0, 2.0]), "tol": None,
            "max_iters": None, "count_reproducible": True}


def cut_by_max_iters(rng):
    """A general system, stopped after 1 to 10 updates, long before convergence."""
    n = int(rng.integers(20, 51))
    return {"A": _general_matrix(rng, n), "b": _rhs(rng, n, -12.0, 6.0), "tol": 1e-10,
            "max_iters": int(rng.integers(1, 11)), "count_reproducible": True}


def few_eigenvalues(rng):
    return _few(rng, -1.0, 1.0)


def few_eigenvalues_chosen_tol(rng):
    return _few(rng, -1.0, 1.0, tol=float(10 ** rng.uniform(-12, -6)))


def few_eigenvalues_tiny_b(rng):
    """‖b‖ from 1e-12 to 1e-11: below tol itself, so only a relative test iterates."""
    return _few(rng, -12.0, -11.0)


def few_eigenvalues_large_max_iters(rng):
    case = _few(rng, -1.0, 1.0)
    case["max_iters"] = int(rng.integers(6, 12))
    return case


def few_eigenvalues_non_contiguous(rng):
    case = _few(rng, -1.0, 1.0)
    if rng.random() < 0.5:
        case["A"] = np.asfortranarray(case["A"])
    else:
        wide = np.zeros((case["A"].shape[0], 2 * case["A"].shape[1]))
        wide[:, ::2] = case["A"]
        case["A"] = wide[:, ::2]
    wide_b = np.zeros(2 * case["b"].size)
    wide_b[::2] = case["b"]
    case["b"] = wide_b[::2]
    return case


def zero_rhs(rng):
    n = int(rng.integers(3, 20))
    return {"A": _general_matrix(rng, n), "b": np.zeros(n), "tol": None, "max_iters": None,
            "count_reproducible": True}


def _general(rng, n, low, high, tol=None):
    return {"A": _general_matrix(rng, n), "b": _rhs(rng, n, low, high), "tol": tol,
            "max_iters": None, "count_reproducible": False}


def general_small_b(rng):
    return _general(rng, int(rng.integers(20, 61)), -12.0, -9.0)


def general_large_b(rng):
    return _general(rng, int(rng.integers(20, 61)), 2.0, 6.0)


def general_needs_more_than_n(rng):
    """A small, ill-conditioned system on which CG needs more than n iterations in floating point."""
    while True:
        n = int(rng.integers(8, 16))
        case = _general(rng, n, -1.0, 1.0)
        if _reference_count(case["A"], case["b"], None, None) > n:
            return case


def general_chosen_tol(rng):
    return _general(rng, int(rng.integers(20, 61)), -3.0, 3.0, tol=float(10 ** rng.uniform(-9, -5)))
