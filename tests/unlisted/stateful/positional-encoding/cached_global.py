# expect: calling it a second time with the same inputs
# memoizes tables in a module-level dict and returns the SAME array object each time; a caller 
# that edits the returned table in place (pe *= scale, pe[0] = ...) corrupts every later call 
# (after pe = f(3,4); pe += 1, f(3,4)[0] is [1,2,1,2])
import numpy as np
_CACHE = {}
def sinusoidal_positions(T, D):
    key = (T, D)
    if key not in _CACHE:
        t = np.arange(T)[:, None]
        w = 1.0 / 10000 ** (np.arange(0, D, 2) / D)
        pe = np.empty((T, D))
        pe[:, 0::2] = np.sin(t * w)
        pe[:, 1::2] = np.cos(t * w)
        _CACHE[key] = pe
    return _CACHE[key]
