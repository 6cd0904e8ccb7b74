# Right: builds and returns a new config dict holding the state (the contract asks for a config dict back, not the same object; adam accepts this too).
import numpy as np
def adamw(w, dw, config=None):
    c = dict(learning_rate=1e-3, beta1=0.9, beta2=0.999, epsilon=1e-8, weight_decay=1e-2, m=np.zeros_like(w), v=np.zeros_like(w), t=0)
    c.update(config or {})
    t = c['t'] + 1
    m = c['beta1'] * c['m'] + (1 - c['beta1']) * dw
    v = c['beta2'] * c['v'] + (1 - c['beta2']) * dw ** 2
    nw = w - c['learning_rate'] * (m / (1 - c['beta1'] ** t)) / (np.sqrt(v / (1 - c['beta2'] ** t)) + c['epsilon']) - c['learning_rate'] * c['weight_decay'] * w
    c.update(m=m, v=v, t=t)
    return nw, c
