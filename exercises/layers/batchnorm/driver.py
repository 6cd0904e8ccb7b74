"""How the grader calls a batch-norm layer: one training step, then inference.

The train-mode forward and backward run on x with a bn_param built from the case (keys
whose value is None are left out, so the defaults are exercised). The running averages
are read from that same dict right after the call. Then, as after training, the same dict
is switched to test mode and used on another batch x_test, and the averages are read
once more: test mode must leave them as training left them.
"""
import numpy as np


def _bn_param(mode, running_mean, running_var, momentum, eps):
    given = {"running_mean": running_mean, "running_var": running_var, "momentum": momentum, "eps": eps}
    return {"mode": mode, **{k: v for k, v in given.items() if v is not None}}


def _stored(bn_param, key):
    if key not in bn_param:
        raise LookupError(f"after a train-mode call, bn_param has no '{key}': store the updated running "
                       f"average in the dict, bn_param['{key}'] = ...")
    return np.array(bn_param[key], copy=True)


def run(layer, x, gamma, beta, dout, x_test, running_mean, running_var, momentum, eps):
    bn_param = _bn_param("train", running_mean, running_var, momentum, eps)
    out, cache = layer.batchnorm_forward(x, gamma, beta, bn_param)
    dx, dgamma, dbeta = layer.batchnorm_backward(dout, cache)
    result = {"out": out, "dx": dx, "dgamma": dgamma, "dbeta": dbeta,
              "running_mean": _stored(bn_param, "running_mean"),
              "running_var": _stored(bn_param, "running_var")}
    bn_param["mode"] = "test"
    result["out_test"], _ = layer.batchnorm_forward(x_test, gamma, beta, bn_param)
    # The statement says test mode leaves the averages unchanged: report them again.
    result["running_mean_after_test"] = np.array(bn_param.get("running_mean"), copy=True)
    result["running_var_after_test"] = np.array(bn_param.get("running_var"), copy=True)
    return result


def forward(layer, x, gamma, beta, dout, x_test, running_mean, running_var, momentum, eps):
    """The train-mode forward pass, with a fresh bn_param every call, for the gradient check."""
    out, _ = layer.batchnorm_forward(x, gamma, beta, _bn_param("train", running_mean, running_var, momentum, eps))
    return out


def protocol(layer, x, gamma, beta, dout, x_test, running_mean, running_var, momentum, eps):
    """Twice, and two cases in flight, in train mode: the protocol check compares the stages
    (stateful.py). Each forward gets its own bn_param, whose running averages it reports."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        bn_param = _bn_param("train", given["running_mean"], given["running_var"], momentum, eps)
        out, cache = layer.batchnorm_forward(given["x"], given["gamma"], given["beta"], bn_param)
        return {"out": out, "running_mean": bn_param.get("running_mean"),
                "running_var": bn_param.get("running_var")}, cache

    def backward_pass(given, cache):
        dx, dgamma, dbeta = layer.batchnorm_backward(given["dout"], cache)
        return {"dx": dx, "dgamma": dgamma, "dbeta": dbeta}

    given = {"x": x, "gamma": gamma, "beta": beta, "dout": dout,
             "running_mean": running_mean, "running_var": running_var}
    return layer_protocol(forward_pass, backward_pass, given)
