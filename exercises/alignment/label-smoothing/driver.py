"""How the grader calls the loss; a case without epsilon leaves the default to the learner.
`forward` is the scalar loss that dlogits is checked against by finite differences."""


def run(impl, logits, y, **epsilon):
    loss, dlogits = impl.label_smoothing_loss(logits, y, **epsilon)
    return {"loss": loss, "dlogits": dlogits}


def forward(impl, logits, y, **epsilon):
    return impl.label_smoothing_loss(logits, y, **epsilon)[0]
