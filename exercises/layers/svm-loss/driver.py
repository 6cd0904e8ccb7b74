"""How the grader calls svm_loss; `forward` is the scalar loss its dx is checked against."""


def run(impl, x, y):
    loss, dx = impl.svm_loss(x, y)
    return {"loss": loss, "dx": dx}


def forward(impl, x, y):
    loss, _ = impl.svm_loss(x, y)
    return loss
