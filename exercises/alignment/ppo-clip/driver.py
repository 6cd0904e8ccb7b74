"""How the grader calls ppo_clip_loss: an input of None (mask or clip_eps) is left out of the
call, so the default applies; `forward` is the scalar loss dlogp_new is checked against."""


def _given(inputs):
    return {name: value for name, value in inputs.items() if value is not None}


def run(impl, **inputs):
    loss, dlogp_new = impl.ppo_clip_loss(**_given(inputs))
    return {"loss": loss, "dlogp_new": dlogp_new}


def forward(impl, **inputs):
    return impl.ppo_clip_loss(**_given(inputs))[0]
