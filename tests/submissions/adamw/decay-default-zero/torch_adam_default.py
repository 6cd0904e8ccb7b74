import numpy as np
def adamw(w, dw, config=None):
    if config is None: config = {}
    for k, d in dict(learning_rate=1e-3, beta1=0.9, beta2=0.999, epsilon=1e-8, weight_decay=0.0).items():
        config.setdefault(k, d)
    config.setdefault("m", np.zeros_like(w)); config.setdefault("v", np.zeros_like(w)); config.setdefault("t", 0)
    c = config
    c["t"] += 1
    c["m"] = c["beta1"]*c["m"] + (1-c["beta1"])*dw
    c["v"] = c["beta2"]*c["v"] + (1-c["beta2"])*dw**2
    step = c["learning_rate"]*(c["m"]/(1-c["beta1"]**c["t"]))/(np.sqrt(c["v"]/(1-c["beta2"]**c["t"]))+c["epsilon"])
    return w*(1 - c["learning_rate"]*c["weight_decay"]) - step, config
