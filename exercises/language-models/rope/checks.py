"""Properties of a rotation by position, checked on the learner's own outputs."""
import numpy as np


def norms_unchanged(inputs, outputs, expected):
    """A rotation keeps every pair's length, so each position's vector keeps its norm."""
    x, out = np.asarray(inputs["x"]), np.asarray(outputs.get("out"))
    if out.shape != x.shape:
        return None                                     # the close check names the shape
    before, after = np.linalg.norm(x, axis=-1), np.linalg.norm(out, axis=-1)
    worst = np.abs(after - before).max()
    if worst > 1e-9 * (1.0 + before.max()):
        return (f"the norms of the vectors changed (by up to {worst:.3g}): each pair must be "
                "rotated, [[cos, −sin], [sin, cos]], which keeps its length")
    return None


OWN, MOVED = "q·k at their own positions (m, n)", "q·k moved to positions (0, n − m)"


def relative_position(inputs, outputs, expected):
    """rope(q at m)·rope(k at n) must equal rope(q at 0)·rope(k at n − m)."""
    own, moved = np.asarray(outputs.get(OWN)), np.asarray(outputs.get(MOVED))
    if own.shape != moved.shape or np.allclose(own, moved, rtol=1e-7, atol=1e-9):
        return None
    return ("rope(q at m)·rope(k at n) changed when both positions moved by the same amount "
            f"({own.ravel()[0]:.6g} at (m, n), {moved.ravel()[0]:.6g} at (0, n − m)): rotating both "
            "by angles proportional to their positions makes their dot product depend only on "
            "n − m; check that the angle is position·θ_i with the same θ_i for q and k")
