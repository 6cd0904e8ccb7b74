# kind: harmless
# expect: velocity-sign-flipped
# why: stores the uphill velocity (v = mu*v + lr*dw, w - v); the element-by-element loop is equivalent to the vectorized update
import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = dict()
    config.setdefault('learning_rate', 1e-2)
    config.setdefault('momentum', 0.9)
    config.setdefault('velocity', np.zeros_like(w))
    lr, mu = config['learning_rate'], config['momentum']

    v_old = config['velocity']
    v = np.empty_like(w)
    next_w = np.empty_like(w)
    for idx in np.ndindex(w.shape):
        v[idx] = mu * v_old[idx] + lr * dw[idx]
        next_w[idx] = w[idx] - v[idx]
    config['velocity'] = v
    return next_w, config
