import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    margins = np.asarray(r_chosen) - np.asarray(r_rejected)
    # -log sigmoid(m) = log(e^0 + e^-m)
    loss = np.logaddexp(0.0, -margins).mean()
    # sigmoid(-m) written with tanh, which saturates instead of overflowing
    wrong_prob = 0.5 * (1.0 - np.tanh(margins / 2.0))
    grad = wrong_prob / margins.size
    return loss, -grad, grad
