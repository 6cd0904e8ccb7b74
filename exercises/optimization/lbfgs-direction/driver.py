"""How the grader calls lbfgs_direction: on g, and on the newest y (the secant condition).

H y_new = s_new holds for the BFGS update of the newest pair, so the direction computed for
g = y_new must be −s_new: a check of the recursion that does not go through the reference.
"""


def run(lbfgs, g, s_list, y_list):
    outputs = {"p": lbfgs.lbfgs_direction(g, s_list, y_list)}
    if len(s_list):
        outputs["p_for_newest_y"] = lbfgs.lbfgs_direction(y_list[-1], s_list, y_list)
    return outputs


def direction_only(lbfgs, g, s_list, y_list):
    """One call, as the speed check times it."""
    return {"p": lbfgs.lbfgs_direction(g, s_list, y_list)}
