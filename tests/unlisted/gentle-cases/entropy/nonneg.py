# expect: got 0, expected -
# clamps the result at 0 ("entropy is never negative"), but for p used as given (entries > 1) -sum p ln p is negative (p=[2,3,0.5] gives 0 instead of -4.3356)
import numpy as np
def entropy(p, axis=-1):
    lp = np.log(p, out=np.zeros(p.shape), where=p > 0)
    return np.maximum(-np.sum(p * lp, axis=axis), 0.0)
