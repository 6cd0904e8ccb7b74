"""Mistake argmax-wrong-axis, as an override of the reference: predict takes the argmax of the
whole array (STEPS is 300, as in the file this replaces)."""


HIDDEN, STEPS, LEARNING_RATE = 48, 300, 0.05


def predict(params, X):
    return np.argmax(forward(params, X)[1])                  # no axis: one index into the flattened scores
