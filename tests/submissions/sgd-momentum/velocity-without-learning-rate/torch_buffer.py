import numpy as np


def sgd_momentum(w, dw, config=None):
    cfg = {"learning_rate": 1e-2, "momentum": 0.9}
    cfg.update(config or {})
    buf = cfg.get("velocity")
    buf = dw.copy() * 1.0 if buf is None else cfg["momentum"] * buf + dw
    cfg["velocity"] = buf
    return w - cfg["learning_rate"] * buf, cfg
