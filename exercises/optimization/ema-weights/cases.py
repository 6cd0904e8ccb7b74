"""Hidden cases for ema_update: every seed meets both settings of bias_correction, in each regime.

Weights drift (a random walk plus an offset), as they do in training, so an average that
weights the steps wrongly, or starts from the wrong place, is far from the right one.
"""
import numpy as np


def _weights(rng, steps=None):
    shape = (int(rng.integers(2, 5)), int(rng.integers(5, 8)))
    steps = int(rng.integers(3, 7)) if steps is None else steps
    start = rng.normal(0.0, 2.0, size=shape)
    return start + np.cumsum(rng.normal(0.0, 0.5, size=(steps,) + shape), axis=0)


def worked_example(rng):
    return {"ws": np.array([[2.0], [4.0]]), "config": {"decay": 0.5}}


def worked_example_uncorrected(rng):
    return {"ws": np.array([[2.0], [4.0]]), "config": {"decay": 0.5, "bias_correction": False}}


def _decay(rng):
    return float(rng.uniform(0.5, 0.95))


def corrected_chosen_decay(rng):
    return {"ws": _weights(rng), "config": {"decay": _decay(rng), "bias_correction": True}}


def uncorrected_chosen_decay(rng):
    return {"ws": _weights(rng), "config": {"decay": _decay(rng), "bias_correction": False}}


def only_decay_given(rng):
    """bias_correction takes its default, True."""
    return {"ws": _weights(rng), "config": {"decay": _decay(rng)}}


def uncorrected_default_decay(rng):
    """decay takes its default, 0.999: the uncorrected average is ~1e-3 of the weights."""
    return {"ws": _weights(rng), "config": {"bias_correction": False}}


def long_run(rng, correct):
    return {"ws": _weights(rng, steps=int(rng.integers(20, 40))),
            "config": {"decay": float(rng.uniform(0.8, 0.97)), "bias_correction": correct}}


def long_run_corrected(rng):
    return long_run(rng, True)


def long_run_uncorrected(rng):
    return long_run(rng, False)


def _resumed(rng, correct):
    ws = _weights(rng)
    return {"ws": ws, "config": {"decay": _decay(rng), "bias_correction": correct,
                                 "shadow": rng.normal(0.0, 1.0, size=ws.shape[1:]),
                                 "t": int(rng.integers(2, 20))}}


def resumed_corrected(rng):
    return _resumed(rng, True)


def resumed_uncorrected(rng):
    return _resumed(rng, False)
