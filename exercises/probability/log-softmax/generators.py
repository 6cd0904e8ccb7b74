"""Hidden inputs that a declaration cannot say: masked logits, as attention and padding make them."""
import numpy as np


def _two_sizes(rng, low, high):
    rows = int(rng.integers(low, high + 1))
    cols = int(rng.choice([c for c in range(low, high + 1) if c != rows]))
    return rows, cols


def masked_logits(rng):
    """Ordinary logits of which some are pushed down by 10,000, as a mask does.

    Every row keeps at least one ordinary logit and has at least one masked one, so the
    masked classes get a probability of about e^-10000: 0 in float64, but a perfectly
    finite log-probability of about -10000.
    """
    n, c = _two_sizes(rng, 2, 8)
    x = rng.normal(0.0, 2.0, size=(n, c))
    blocked = rng.random((n, c)) < 0.5
    rows = np.arange(n)
    blocked[rows, rng.integers(0, c, size=n)] = False          # one open class per row
    open_cols = np.argmin(blocked, axis=1)
    others = (open_cols + rng.integers(1, c, size=n)) % c        # another class, surely blocked
    blocked[rows, others] = True
    return {"x": np.where(blocked, x - 10000.0, x), "axis": -1}
