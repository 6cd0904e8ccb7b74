"""Property checks for clip_by_global_norm, judged in the grader on the learner's outputs."""
import numpy as np


def grads_unmodified(inputs, outputs, expected):
    before = inputs["grads"]
    after = outputs.get("grads_after") if isinstance(outputs, dict) else None
    if not isinstance(after, list) or len(after) != len(before):
        return ("the list grads changed length during the call: leave the caller's list as it "
                "was and build a new list for the result")
    for i, (b, a) in enumerate(zip(before, after)):
        if not (isinstance(a, np.ndarray) and a.shape == np.shape(b) and np.array_equal(a, b)):
            return (f"your code changed grads[{i}] in place: the caller's gradients must survive the "
                    "call (to be logged, or checked), so compute new arrays (g * scale, not g *= scale)")
    return None
