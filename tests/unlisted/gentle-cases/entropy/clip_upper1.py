# expect: weights above 1
# takes log(np.clip(p, 1e-12, 1.0)) -- the usual "safe log" idiom -- which also caps p at 1, so for p as given with entries > 1 (unnormalized weights, counts) ln p is replaced by 0 (p=[2,3,0.5] gives 0.3466 instead of -4.3356)
import numpy as np
def entropy(p, axis=-1):
    return -np.sum(p * np.log(np.clip(p, 1e-12, 1.0)), axis=axis)
