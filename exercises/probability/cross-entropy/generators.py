"""Hidden inputs that a declaration cannot say: confidently wrong predictions."""
import numpy as np


def confidently_wrong(rng):
    """Ordinary logits, except that some examples put a score of about +400 on a wrong class
    and about -400 on the true one.

    Their loss is about 800: large, but an ordinary float. Their softmax probability of the
    true class is about e^-800, which is 0 in float64, so -log of it is inf. The logits stay
    below 709, so e^logit itself never overflows: only taking the log of a probability fails.
    """
    n = int(rng.integers(3, 9))
    c = int(rng.choice([k for k in range(3, 8) if k != n]))
    logits = rng.normal(0.0, 2.0, size=(n, c))
    y = rng.integers(0, c, size=n)
    wrong = rng.random(n) < 0.5
    wrong[int(rng.integers(n))] = True                  # at least one such example
    rows = np.flatnonzero(wrong)
    other = (y[rows] + rng.integers(1, c, size=rows.size)) % c
    logits[rows, y[rows]] = -rng.uniform(380.0, 450.0, size=rows.size)
    logits[rows, other] = rng.uniform(380.0, 450.0, size=rows.size)
    return {"logits": logits, "y": y.astype(np.int64)}
