"""Mistake epsilon-outside-sqrt, as an override of the reference: batchnorm_forward adds eps
after the square root, in both modes (the backward divides by the cached std as it is)."""


def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.zeros(D))

    if mode == "train":
        mu = x.mean(axis=0)                          # (D,)
        var = ((x - mu) ** 2).mean(axis=0)           # (D,), biased: divide by N
        std = np.sqrt(var) + eps                     # eps outside the root
        x_hat = (x - mu) / std                       # (N, D)
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, std)
        bn_param["running_mean"] = momentum * running_mean + (1 - momentum) * mu
        bn_param["running_var"] = momentum * running_var + (1 - momentum) * var
    elif mode == "test":
        x_hat = (x - running_mean) / (np.sqrt(running_var) + eps)
        out = gamma * x_hat + beta
        cache = None
    else:
        raise ValueError(f"invalid batchnorm mode {mode!r}")
    return out, cache
