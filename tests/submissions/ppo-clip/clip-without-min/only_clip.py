import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    if mask is None:
        mask = np.ones(logp_new.shape, dtype=bool)
    n = mask.sum()
    ratio = np.exp(logp_new - logp_old)
    surr = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    loss = -surr[mask].sum() / n
    inside = (ratio >= 1 - clip_eps) & (ratio <= 1 + clip_eps)
    grad = np.where(mask & inside, -ratio * advantages / n, 0.0)
    return loss, grad
