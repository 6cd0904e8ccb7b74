# kind: combined
# expect: epsilon-in-log, no-max-shift
# why: no max subtracted before exp (overflow for logits near 1000), and 1e-12 added inside the log "so it never takes log(0)", which turns a masked log-probability of about -10000 into log(1e-12)
import numpy as np

EPS = 1e-12


def log_softmax(x, axis=-1):
    exps = np.exp(x)
    probs = exps / np.sum(exps, axis=axis, keepdims=True)
    return np.log(probs + EPS)
