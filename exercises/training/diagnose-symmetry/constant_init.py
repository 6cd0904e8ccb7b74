"""Mistake still-symmetric, as an override of the reference: the script with every weight
initialized to the same nonzero constant.

    python -c "import diagnose_symmetry as d; d.demo()"

prints the training loss and the size of each layer's gradient as it trains.
"""


def init_params(D, H, C, rng):
    # Not zero any more, but still the same value everywhere: every hidden unit is a copy.
    return {"W1": np.full((D, H), 0.1), "b1": np.zeros(H),
            "W2": np.full((H, C), 0.1), "b2": np.zeros(C)}
