"""How the grader calls softmax_loss; `forward` is the scalar loss its dx is checked against."""


def run(impl, x, y):
    loss, dx = impl.softmax_loss(x, y)
    return {"loss": loss, "dx": dx}


def forward(impl, x, y):
    loss, _ = impl.softmax_loss(x, y)
    return loss
