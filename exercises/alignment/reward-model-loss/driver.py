"""How the grader calls reward_model_loss; `forward` is the scalar loss the gradients are
checked against by finite differences."""


def run(impl, r_chosen, r_rejected):
    loss, d_chosen, d_rejected = impl.reward_model_loss(r_chosen, r_rejected)
    return {"loss": loss, "d_chosen": d_chosen, "d_rejected": d_rejected}


def forward(impl, r_chosen, r_rejected):
    return impl.reward_model_loss(r_chosen, r_rejected)[0]
