"""Mistake scales-at-test-time, as an override of the reference: dropout_forward differs."""


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x * p, (dropout_param, None)
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = np.where(keep, x / p, 0.0)
    return out, (dropout_param, keep)
