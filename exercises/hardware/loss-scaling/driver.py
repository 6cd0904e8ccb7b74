"""How the grader calls a loss scaler. Three kinds of case, told apart by their inputs:

* unscale: one call of unscale_grads(grads, scale); the caller's arrays are reported
  after the call, to check that they were left alone;
* update: a run of update_scale calls over given overflow flags, carrying (scale,
  good_steps) from one call to the next, starting from the case's scale and good_steps;
* training: a short mixed-precision loop. At each step the float32 "true" gradients are
  multiplied by the current scale and stored in float16 (overflowing to inf where they
  exceed 65504, as a float16 backward pass would); then unscale_grads and update_scale
  run, the overflow flag of the first feeding the second.
"""
import numpy as np


def run(amp, scale, grads=None, found_infs=None, good_steps=0, options=None, true_grads=None):
    options = options or {}
    if grads is not None:
        grads32, found_inf = amp.unscale_grads(grads, scale)
        return {"grads32": _plain(grads32), "found_inf": found_inf, "grads_after": list(grads)}
    if found_infs is not None:
        scales, counts = [], []
        for flag in found_infs:
            scale, good_steps = amp.update_scale(scale, flag, good_steps, **options)
            scales.append(scale)
            counts.append(good_steps)
        return {"scales": scales, "good_steps": counts}
    scales, flags = [], []
    for step in true_grads:
        with np.errstate(over="ignore"):
            grads16 = [(g * np.float32(scale)).astype(np.float16) for g in step]
        grads32, found_inf = amp.unscale_grads(grads16, scale)
        scale, good_steps = amp.update_scale(scale, found_inf, good_steps, **options)
        scales.append(scale)
        flags.append(found_inf)
    return {"scales": scales, "found_infs": flags, "last_grads32": _plain(grads32)}


def _plain(grads32):
    """A list (or tuple) of arrays as a list, so that a tuple is not a mistake of its own."""
    return list(grads32) if isinstance(grads32, (list, tuple)) else grads32
