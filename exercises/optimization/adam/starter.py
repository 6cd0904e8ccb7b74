import numpy as np


def adam(w, dw, config=None):
    """One Adam step. Returns (next_w, config), with m, v and t stored in config."""
    raise NotImplementedError("adam")
