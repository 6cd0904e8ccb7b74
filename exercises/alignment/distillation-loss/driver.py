"""How the grader calls distillation_loss: a T of None is left out of the call, so the
default applies; `forward` is the scalar loss dstudent is checked against."""


def _given(inputs):
    return {name: value for name, value in inputs.items() if value is not None}


def run(impl, **inputs):
    loss, dstudent = impl.distillation_loss(**_given(inputs))
    return {"loss": loss, "dstudent": dstudent}


def forward(impl, **inputs):
    return impl.distillation_loss(**_given(inputs))[0]
