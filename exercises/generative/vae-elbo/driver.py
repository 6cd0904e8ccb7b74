"""How the grader calls vae_loss; `forward` is the scalar loss the three gradients are checked against."""


def run(impl, x, recon_logits, mu, logvar):
    loss, dlogits, dmu, dlogvar = impl.vae_loss(x, recon_logits, mu, logvar)
    return {"loss": loss, "dlogits": dlogits, "dmu": dmu, "dlogvar": dlogvar,
            "rule: the loss is a float": isinstance(loss, float)}


def forward(impl, x, recon_logits, mu, logvar):
    return impl.vae_loss(x, recon_logits, mu, logvar)[0]
