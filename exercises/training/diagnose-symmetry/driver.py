"""How the grader calls your script: it trains on each case and takes the parameters back
(the grader computes the network's predictions itself, with the forward pass of the
script). On one case it also trains on the swapped labels 1 - y."""


def run(impl, X, y, seed, probe):
    out = {"params": impl.train(X, y, seed)}
    if probe:
        out["params_swapped"] = impl.train(X, 1 - y, seed)
    return out
