"""Hidden logits for the Gumbel-max trick: batches of 1 to 3 axes, -inf entries (never the
whole row), temperatures down to 1e-4, and (C,) logits for the 20000-draw frequency test,
whose probabilities are all at least 0.03 (expected counts >= 600) besides one of 0."""
import numpy as np


def _seed(rng):
    return int(rng.integers(0, 2**31 - 1))


def _with_minus_inf(rng, logits):
    """Each row loses one to C - 2 of its entries to -inf; its argmax survives."""
    flat = logits.reshape(-1, logits.shape[-1])
    c = flat.shape[1]
    for row in flat:
        keep = int(np.argmax(row))
        others = [j for j in range(c) if j != keep]
        row[rng.permutation(others)[: int(rng.integers(1, c - 1))]] = -np.inf
    return logits


def minus_inf_batch(rng):
    n, c = int(rng.integers(3, 8)), int(rng.integers(4, 9))
    logits = _with_minus_inf(rng, rng.normal(0.0, 2.0, size=(n, c)))
    return {"logits": logits, "tau": float(rng.uniform(0.2, 2.0)), "seed": _seed(rng)}


def cold_batch(rng):
    """tau = 1e-4 on 300 rows: the relaxation must be (almost) the one-hot of the sample."""
    c = int(rng.integers(3, 7))
    logits = rng.normal(0.0, 3.0, size=(300, c))
    logits[::7, int(rng.integers(0, c))] = -np.inf
    return {"logits": logits, "tau": 1e-4, "seed": _seed(rng)}


def cold_vector(rng):
    c = int(rng.integers(3, 9))
    return {"logits": rng.normal(0.0, 5.0, size=c), "tau": float(rng.choice([1e-4, 1e-3])), "seed": _seed(rng)}


def frequencies(rng):
    """(C,) logits with probabilities >= 0.03, and one category at -inf."""
    c = int(rng.integers(3, 7))
    p = rng.uniform(0.3, 1.0, size=c)                          # each at least 0.3 / 5.3 > 0.05
    logits = np.log(p / p.sum()) + rng.normal(0.0, 3.0)       # a shift: logits are unnormalized
    logits = np.insert(logits, int(rng.integers(0, c + 1)), -np.inf)
    return {"logits": logits, "tau": 1.0, "seed": _seed(rng), "draws": True}
