"""Causality: a later position never changes an earlier output."""
import numpy as np

MOVED = "out before t0, x changed from t0 on"


def causal(inputs, outputs, expected):
    out, moved = np.asarray(outputs.get("out")), np.asarray(outputs.get(MOVED))
    t0 = moved.shape[1] if moved.ndim == 3 else 0
    if out.ndim != 3 or moved.shape != out[:, :t0].shape or not t0:
        return None                                         # the close check names the shapes
    if np.allclose(moved, out[:, :t0], rtol=1e-9, atol=1e-12):
        return None
    return (f"changing x at positions {t0} and later changed your outputs at positions 0 … {t0 - 1}: "
            "position t may only attend to positions s <= t (build the causal mask "
            "np.tril(np.ones((T, T), bool)) and set the blocked scores to −∞ before the softmax)")
