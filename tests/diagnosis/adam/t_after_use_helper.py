# kind: harmless
# expect: t-incremented-after-use
# why: corrects with the old t (1 - beta^0 = 0 on the first step) and increments t at the end; the helper is an equivalent rewrite
import numpy as np


def _unbias(avg, beta, t):
    return avg / (1.0 - beta ** t)


def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)

    config["m"] = config["beta1"] * config["m"] + (1 - config["beta1"]) * dw
    config["v"] = config["beta2"] * config["v"] + (1 - config["beta2"]) * dw ** 2
    m_hat = _unbias(config["m"], config["beta1"], config["t"])
    v_hat = _unbias(config["v"], config["beta2"], config["t"])
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    config["t"] += 1
    return next_w, config
