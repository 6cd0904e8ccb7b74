"""Mistake zero-steps, as an override of the reference: no training steps: no unit can die, and
nothing is learned."""


HIDDEN, STEPS, LEARNING_RATE = 16, 0, 1.0


def init_params(rng, D=2, H=HIDDEN, C=2):
    return {"W1": rng.normal(0.0, np.sqrt(2.0 / D), size=(D, H)), "b1": np.zeros(H),
            "W2": rng.normal(0.0, np.sqrt(1.0 / H), size=(H, C)), "b2": np.zeros(C)}
