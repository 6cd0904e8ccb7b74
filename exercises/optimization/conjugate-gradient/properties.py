"""The true residual of conjugate_gradient's x, on general SPD systems (the count is not graded there)."""
import numpy as np


def true_residual(inputs, outputs, expected):
    A, b = np.asarray(inputs["A"]), np.asarray(inputs["b"])
    tol = 1e-10 if inputs["tol"] is None else inputs["tol"]
    x = np.asarray(outputs.get("x"), dtype=float)
    if x.shape != b.shape:
        return f"x has shape {x.shape}, but b has shape {b.shape}"
    residual = np.linalg.norm(b - A @ x)
    bound = 10 * tol * np.linalg.norm(b)
    if not residual <= bound:
        return (f"the true residual ||b - A x|| = {residual:.3e} exceeds 10·tol·||b|| = {bound:.3e} "
                f"(||b|| = {np.linalg.norm(b):.1e})")
    return None
