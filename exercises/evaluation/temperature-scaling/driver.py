"""How the grader calls temperature scaling: the nll and its derivative at the case's T,
then a fit on the same validation set. The fitted T is judged by checks.py with the
grader's own nll and derivative, not against one iterate of the reference."""


def run(scaling, logits, labels, T):
    nll, dnll_dT = scaling.temperature_nll(logits, labels, T)
    fitted = scaling.fit_temperature(logits, labels)
    return {"nll": nll, "dnll_dT": dnll_dT, "T_fit": fitted}
