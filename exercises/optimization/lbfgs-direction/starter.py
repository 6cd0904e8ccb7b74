import numpy as np


def lbfgs_direction(g, s_list, y_list):
    """The L-BFGS search direction p = -H g, by the two-loop recursion.

    s_list and y_list hold the last m steps s_i and gradient changes y_i, oldest first.
    H is never formed: the two loops apply it to g with O(m D) work and memory.
    """
    raise NotImplementedError("lbfgs_direction")
