import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    """Learning rate at `step` (0 <= step < total_steps) of a linear warmup then cosine decay.

    step < warmup_steps:  base_lr * (step + 1) / warmup_steps
    otherwise:            min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(pi * p)),
                          p = (step - warmup_steps) / max(1, total_steps - warmup_steps)

    `step` is an int (return a float) or an int array (return a float array of its shape).
    """
    raise NotImplementedError("warmup_cosine: a linear ramp, then half a cosine")
