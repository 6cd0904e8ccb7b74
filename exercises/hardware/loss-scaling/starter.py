import numpy as np


def unscale_grads(grads, scale):
    """Divide the float16 gradients of a scaled loss by `scale`, in float32.

    grads: a list of float16 arrays (left unmodified); scale: a positive float.
    Returns (grads32, found_inf): a list of float32 arrays, the gradients divided by
    scale, and a bool, True when any entry of any gradient is inf or NaN.
    """
    raise NotImplementedError("unscale_grads: convert to float32, divide, look for inf/NaN")


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    """The next loss scale and count of consecutive good steps: returns (scale, good_steps).

    On overflow (found_inf): scale * backoff_factor, and the count starts again at 0.
    Otherwise count the step; when the count reaches growth_interval, scale *
    growth_factor and the count starts again at 0.
    """
    raise NotImplementedError("update_scale: back off on overflow, grow after growth_interval good steps")
