"""Mistake argmax-wrong-axis, as an override of the reference: predict takes the argmax over the
points (STEPS is 300, as in the file this replaces)."""


HIDDEN, STEPS, LEARNING_RATE = 48, 300, 0.05


def predict(params, X):
    return np.argmax(forward(params, X)[1], axis=0)        # one index per class, not per point
