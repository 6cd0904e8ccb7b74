import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    w = np.ones_like(logp_new) if mask is None else mask.astype(float)
    ratio = np.exp(logp_new - logp_old)
    lo, hi = 1 - clip_eps, 1 + clip_eps
    objective = np.minimum(ratio * advantages, np.clip(ratio, lo, hi) * advantages)
    loss = -(objective * w).sum() / w.sum()
    clipped_up = (advantages > 0) & (ratio > hi)
    clipped_down = (advantages < 0) & (ratio < lo)
    live = ~(clipped_up | clipped_down)
    grad = -ratio * advantages * live * w / w.sum()
    return loss, grad
