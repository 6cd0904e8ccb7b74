"""How the grader calls the loss: lm_loss on the batch, and bits_per_byte on a loss of its
own (so a wrong lm_loss does not make bits_per_byte look wrong). `forward` is the scalar
loss that dlogits is checked against by finite differences."""


def run(impl, logits, tokens, mask, loss_value, bytes_per_token):
    loss, dlogits = impl.lm_loss(logits, tokens, mask)
    return {"loss": loss, "dlogits": dlogits,
            "bits_per_byte": impl.bits_per_byte(loss_value, bytes_per_token)}


def forward(impl, logits, tokens, mask, loss_value, bytes_per_token):
    return impl.lm_loss(logits, tokens, mask)[0]
