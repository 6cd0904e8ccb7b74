# expect: forward passes x @ w1
# No training: 16 tanh units, each a steep step across a line at distance r from the disc's
# centre, one line per direction; their sum is large only outside the disc. The centre and
# the radius are read off the data (midway between the classes' mean distances), so the
# parameters depend on the labels, but no step of gradient descent is ever taken.
import numpy as np

HIDDEN = 16


def train(X, y, seed, verbose=False):
    X = np.asarray(X)
    centre = X.mean(axis=0)
    distance = np.linalg.norm(X - centre, axis=1)
    outer = 1 if distance[y == 1].mean() > distance[y == 0].mean() else 0
    r = 0.5 * (distance[y == 0].mean() + distance[y == 1].mean())
    angle = np.linspace(0.0, 2 * np.pi, HIDDEN, endpoint=False)
    U = np.stack([np.cos(angle), np.sin(angle)])            # (2, H) unit directions
    steep = 20.0 / r
    W1, b1 = steep * U, -steep * (centre @ U + r)
    W2 = np.zeros((HIDDEN, 2))
    W2[:, outer] = 1.0
    b2 = np.zeros(2)
    b2[outer] = HIDDEN - 1.0          # one unit on: still inside; two or more: outside
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
