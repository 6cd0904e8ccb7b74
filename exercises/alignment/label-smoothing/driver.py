"""How the grader calls the loss; a case without epsilon leaves the default to the learner.
`forward` is the scalar loss that dlogits is checked against by finite differences."""


def run(impl, logits, y, **epsilon):
    loss, dlogits = impl.label_smoothing_loss(logits, y, **epsilon)
    return {"loss": loss, "dlogits": dlogits}


def forward(impl, logits, y, **epsilon):
    return impl.label_smoothing_loss(logits, y, **epsilon)[0]


def protocol(impl, **inputs):
    """Twice (the first result written into in between), and two cases in flight: the loss of
    A, the loss of B, and only then A's outputs are read, so a dlogits buffer kept in the
    module and handed out again by the next call shows (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol, repeated_call

    def call(given):
        given = dict(given)
        loss, dlogits = impl.label_smoothing_loss(given.pop("logits"), given.pop("y"), **given)
        return {"loss": loss, "dlogits": dlogits}

    stages = layer_protocol(lambda given: (call(given), None), None, inputs)
    stages["again"] = repeated_call(call, inputs)["again"]
    return stages
