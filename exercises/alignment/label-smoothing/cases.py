"""Logits that test stability: huge ones of both signs (softmax probabilities underflow to 0
for most classes, while with smoothing every class's log-probability enters the loss)."""
import numpy as np


def huge_logits(rng):
    n, v = (int(k) for k in rng.choice(np.arange(2, 9), size=2, replace=False))
    return {"logits": rng.uniform(-1e4, 1e4, size=(n, v)),
            "y": rng.integers(0, v, size=n).astype(np.int64),
            "epsilon": float(rng.uniform(0.05, 0.3))}


def confidently_wrong(rng):
    """Ordinary logits, but some rows put the true class 800 below the best: its probability
    underflows to 0 while its log-probability is an ordinary -800."""
    n, v = (int(k) for k in rng.choice(np.arange(3, 9), size=2, replace=False))
    logits = rng.normal(0.0, 2.0, size=(n, v))
    y = rng.integers(0, v, size=n)
    rows = np.flatnonzero(rng.random(n) < 0.5)
    rows = rows if rows.size else np.array([0])
    logits[rows, y[rows]] = logits[rows].max(axis=1) - rng.uniform(760.0, 900.0, size=rows.size)
    return {"logits": logits, "y": y.astype(np.int64), "epsilon": float(rng.uniform(0.05, 0.3))}
