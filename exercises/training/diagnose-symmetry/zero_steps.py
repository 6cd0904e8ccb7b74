"""Mistake zero-steps, as an override of the reference: random initialization, but zero training
steps: the network is returned untrained.

    python -c "import diagnose_symmetry as d; d.demo()"

prints the training loss and the size of each layer's gradient as it trains.
"""


HIDDEN, STEPS, LEARNING_RATE = 16, 0, 1.0         # no steps: nothing to go wrong
