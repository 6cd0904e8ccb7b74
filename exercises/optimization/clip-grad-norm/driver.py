"""How the grader calls clip_by_global_norm: once, with a list of gradients of different shapes.

The arrays in the list are also reported after the call, so that a check can tell the
learner when they were changed in place.
"""


def run(clipper, grads, max_norm):
    result = clipper.clip_by_global_norm(grads, max_norm)
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("clip_by_global_norm must return a pair (clipped, total_norm), got "
                        f"{type(result).__name__}")
    clipped, total_norm = result
    return {"clipped": clipped, "total_norm": total_norm, "grads_after": list(grads)}
