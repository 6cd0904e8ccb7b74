# expect: calling it a second time with the same inputs
# default-argument cache (cache={}) returning shared arrays; repeated calls return the same 
# object, edits leak across calls (after pe = f(3,4); pe += 1, f(3,4)[0] is [1,2,1,2])
import numpy as np
def sinusoidal_positions(T, D, _cache={}):
    if (T, D) in _cache:
        return _cache[(T, D)]
    t = np.arange(T)[:, None]
    w = np.exp(-np.log(10000.0) * np.arange(0, D, 2) / D)
    pe = np.zeros((T, D))
    pe[:, 0::2] = np.sin(t * w)
    pe[:, 1::2] = np.cos(t * w)
    _cache[(T, D)] = pe
    return pe
