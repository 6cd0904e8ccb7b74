import numpy as np


def adamw(w, dw, config=None):
    """One AdamW step: Adam on the loss gradient dw, plus a weight decay kept apart from it.

    Returns (next_w, config), with the defaults written into config and m, v and t stored in it,
    because the caller hands that config back on the next step.
    """
    raise NotImplementedError("adamw")
