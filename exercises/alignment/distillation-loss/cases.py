"""Logits for each stability regime of the distillation loss."""
import numpy as np


def _sizes(rng):
    n, v = rng.choice(np.arange(2, 9), 2, replace=False)
    return int(n), int(v) + 1


def _temperature(rng):
    return float(rng.choice([0.5, 2.0, 4.0]))


def huge_logits(rng):
    """Logits of magnitude up to 1e4 for both models: e^x overflows unless max-shifted, and
    most softened probabilities underflow to 0."""
    n, v = _sizes(rng)
    return {"student_logits": rng.uniform(-1e4, 1e4, size=(n, v)),
            "teacher_logits": rng.uniform(-1e4, 1e4, size=(n, v)), "T": _temperature(rng)}


def teacher_underflow(rng):
    """Ordinary logits, except that in every row some teacher logits sit 2000 to 5000 below
    the row's top: those teacher probabilities are exactly 0 in float64 (log p_t stays
    finite) and must contribute 0 to the KL."""
    n, v = _sizes(rng)
    teacher = rng.normal(0.0, 2.0, size=(n, v))
    far = rng.random((n, v)) < 0.4
    far[:, 0] = True                                                # at least one far class per row
    far[:, 1] = False                                               # and at least one near the top
    far = far[:, rng.permutation(v)]
    teacher[far] -= rng.uniform(2000.0, 5000.0, size=far.sum())
    return {"student_logits": rng.normal(0.0, 2.0, size=(n, v)), "teacher_logits": teacher,
            "T": _temperature(rng)}


def default_temperature(rng):
    """T None: the driver leaves it out and the default 1.0 applies."""
    n, v = _sizes(rng)
    return {"student_logits": rng.normal(0.0, 3.0, size=(n, v)),
            "teacher_logits": rng.normal(0.0, 3.0, size=(n, v)), "T": None}


def student_matches_teacher(rng):
    """The student's logits are the teacher's plus a per-row constant: the same
    distribution, so the loss and the gradient are 0 (up to rounding)."""
    n, v = _sizes(rng)
    teacher = rng.normal(0.0, 3.0, size=(n, v))
    return {"student_logits": teacher + rng.normal(0.0, 5.0, size=(n, 1)),
            "teacher_logits": teacher, "T": _temperature(rng)}
