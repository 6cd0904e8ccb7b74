"""Labelled loss curves of five kinds, with noise, for `classify_training`.

Every curve is a training loss and a validation loss of the same length T (25 to 80
epochs), each multiplied by independent log-normal noise exp(N(0, 0.02^2)) per epoch:

  healthy      train falls geometrically to a floor; val follows it a little above;
  plateau      both stay within a few percent of where they started;
  oscillating  train falls a little, then jumps by a factor e^(+-A), A in [0.3, 0.8],
               every epoch; its highest point stays well below the first loss;
  overfitting  train falls as in a healthy run; val falls, then rises to 1.5 to 4
               times its minimum;
  diverging    train (and val) grow geometrically, by 1.2 to 3 per epoch, from an
               epoch in the first half; every other one overflows to inf and then nan.

The generator checks every curve against the definitions of the statement (the same
rules as the reference), so every label is right by the definition, with margins far
wider than the noise. The labels are private: only the grader sees `_labels`.
"""
import numpy as np

KINDS = ("diverging", "plateau", "oscillating", "overfitting", "healthy")
NOISE = 0.02


def _noise(rng, T):
    return np.exp(rng.normal(0.0, NOISE, size=T))


def _decay(rng, T):
    """A falling curve: start L0, floor f*L0, rate r per epoch."""
    L0 = rng.uniform(0.5, 5.0)
    floor = rng.uniform(0.02, 0.3)
    rate = rng.uniform(0.05, 0.3)
    t = np.arange(T)
    return L0 * (floor + (1 - floor) * np.exp(-rate * t))


def _healthy(rng, T):
    train = _decay(rng, T)
    val = train * rng.uniform(1.02, 1.3) + rng.uniform(0.0, 0.05) * train[0]
    return train, val


def _plateau(rng, T):
    L0 = rng.uniform(0.3, 3.0)
    t = np.arange(T) / (T - 1)
    train = L0 * (1 - rng.uniform(0.0, 0.04) * t)
    val = train * rng.uniform(1.0, 1.1)
    return train, val


def _oscillating(rng, T):
    level = rng.uniform(0.25, 0.45)
    A = rng.uniform(0.3, 0.8)
    L0 = rng.uniform(0.5, 5.0)
    start = int(rng.integers(1, 4))
    t = np.arange(T)
    sign = np.where((t - start) % 2 == 0, 1.0, -1.0)
    train = L0 * level * np.exp(A * sign)
    train[:start] = L0 * np.linspace(1.0, level * 1.2, start + 1)[:start]
    val = train * rng.uniform(1.02, 1.3)
    return train, val


def _overfitting(rng, T):
    train = _decay(rng, T)
    t = np.arange(T)
    turn = int(rng.integers(T // 5, T // 2))
    rise = rng.uniform(1.5, 4.0)                     # final val / min val
    val_min = train[turn] * rng.uniform(1.05, 1.3)
    val = np.empty(T)
    val[:turn + 1] = train[:turn + 1] * (val_min / train[turn])
    val[turn:] = val_min * rise ** ((t[turn:] - turn) / (T - 1 - turn))
    return train, val


def _diverging(rng, T, overflow):
    L0 = rng.uniform(0.5, 5.0)
    start = int(rng.integers(0, T // 2))
    t = np.arange(T)
    growth = rng.uniform(1.2, 3.0) if not overflow else 10.0 ** rng.uniform(30, 80)
    with np.errstate(over="ignore", invalid="ignore"):
        level = np.where(t < start, L0 * (1 - 0.02 * t), L0 * (1 - 0.02 * start) * np.power(growth, (t - start).astype(float)))
        train = level.copy()
        if overflow:
            bad = np.flatnonzero(~np.isfinite(train))
            if len(bad) == 0:
                bad = np.array([T - 2])
                train[bad[0]] = np.inf
            train[bad[0]] = np.inf
            train[bad[0] + 1:] = np.nan
        val = train * rng.uniform(1.0, 1.2)
    return train, val


MAKERS = {"diverging": _diverging, "plateau": _plateau, "oscillating": _oscillating,
          "overfitting": _overfitting, "healthy": _healthy}


def rule(train, val):
    """The statement's definitions, in order: the first that holds names the curve."""
    if not np.all(np.isfinite(train)) or train[-1] > train[0]:
        return "diverging"
    if np.mean(np.abs(np.diff(np.log(train[len(train) // 2:])))) > 0.2:
        return "oscillating"
    if np.mean(train[-5:]) >= 0.9 * np.mean(train[:5]):
        return "plateau"
    if val[-1] > 1.25 * np.min(val):
        return "overfitting"
    return "healthy"


def curve(rng, kind, T, overflow=False):
    while True:
        train, val = MAKERS[kind](rng, T, overflow) if kind == "diverging" else MAKERS[kind](rng, T)
        with np.errstate(invalid="ignore", over="ignore"):
            train, val = train * _noise(rng, T), val * _noise(rng, T)
        if rule(train, val) == kind:
            return train, val


def _batch(rng, per_kind, lengths):
    kinds = [k for k in KINDS for _ in range(per_kind)]
    kinds = [kinds[i] for i in rng.permutation(len(kinds))]
    T = int(rng.integers(*lengths))
    overflow = np.cumsum([k == "diverging" for k in kinds]) % 2 == 0     # every other diverging curve
    pairs = [curve(rng, k, T, bool(o)) for k, o in zip(kinds, overflow)]
    return {"train_losses": np.array([p[0] for p in pairs]), "val_losses": np.array([p[1] for p in pairs]),
            "_labels": kinds}


def example(rng):
    """The public example: two curves of each kind, 30 epochs, the same on every attempt."""
    return _batch(np.random.default_rng(11), 2, (30, 31))


def curves(rng):
    """A hidden batch: 12 curves of each kind (60), all of one length from 25 to 80 epochs."""
    return _batch(rng, 12, (25, 81))
