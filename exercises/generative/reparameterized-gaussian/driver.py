"""How the grader calls the reparameterized Gaussian: forward, then backward with the
learner's own cache (its form is the learner's to choose)."""


def run(layer, mu, log_sigma, eps, dz):
    z, cache = layer.reparam_forward(mu, log_sigma, eps)
    dmu, dlog_sigma = layer.reparam_backward(dz, cache)
    return {"z": z, "dmu": dmu, "dlog_sigma": dlog_sigma}


def forward(layer, mu, log_sigma, eps, dz):
    z, _ = layer.reparam_forward(mu, log_sigma, eps)
    return z


def protocol(layer, **inputs):
    """Twice, a backward twice on one cache, and two cases in flight (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        z, cache = layer.reparam_forward(given["mu"], given["log_sigma"], given["eps"])
        return {"z": z}, cache

    def backward_pass(given, cache):
        dmu, dlog_sigma = layer.reparam_backward(given["dz"], cache)
        return {"dmu": dmu, "dlog_sigma": dlog_sigma}

    return layer_protocol(forward_pass, backward_pass, inputs)
