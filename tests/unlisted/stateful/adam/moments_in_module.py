# expect: two parameter streams stepped in turn
# expect: keep all state in config
# Adam whose m, v and t live in a module dict instead of the config it returns: right for one
# stream of steps, wrong as soon as two optimizers (two weight matrices) take turns.
import numpy as np

_state = {}


def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    if not config.get("started"):       # the first step of a run starts from config's state
        _state.update(m=config.get("m", np.zeros_like(w)), v=config.get("v", np.zeros_like(w)),
                      t=config.get("t", 0))
        config["started"] = True
    _state["t"] += 1
    _state["m"] = config["beta1"] * _state["m"] + (1 - config["beta1"]) * dw
    _state["v"] = config["beta2"] * _state["v"] + (1 - config["beta2"]) * dw ** 2
    m_hat = _state["m"] / (1 - config["beta1"] ** _state["t"])
    v_hat = _state["v"] / (1 - config["beta2"] ** _state["t"])
    config["m"], config["v"], config["t"] = _state["m"], _state["v"], _state["t"]
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
