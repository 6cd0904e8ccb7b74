# np.linalg.inv through getattr taken from __builtins__, so the call is not named getattr
# and the name "inv" is built at run time.
# expect: __builtins__ reaches getattr and __import__ under another name
import numpy as np

look = __builtins__["getattr"] if isinstance(__builtins__, dict) else __builtins__.getattr


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    inverse = look(np.linalg, "i" + "nv")
    w = inverse(Xc.T @ Xc + N * l2 * np.eye(D)) @ (Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)
