"""How the grader calls reward_model_loss; `forward` is the scalar loss the gradients are
checked against by finite differences.

`run` reports one call made between others (`stateful.between_other_calls`). Before it, one call for
every nonempty set of inputs, with those inputs holding other values (written into the very
same array, then restored), larger sets first; after it, one call with every input other,
before the reported arrays are sent. A result (or a part of one) kept in the module under a
key that leaves out some inputs (the shape, the id of an array, one of the two arrays) is
then stale for the reported call: the first call that meets the key the reported call has is
the one that changed exactly the inputs the key leaves out, larger sets coming first. A
buffer reused between calls is overwritten after it. The close check sees both."""


def _call(impl, inputs):
    loss, d_chosen, d_rejected = impl.reward_model_loss(inputs["r_chosen"], inputs["r_rejected"])
    return {"loss": loss, "d_chosen": d_chosen, "d_rejected": d_rejected}


def run(impl, r_chosen, r_rejected):
    from mlfun.grader.stateful import between_other_calls, sibling

    inputs = {"r_chosen": r_chosen, "r_rejected": r_rejected}
    others = {name: sibling(value) for name, value in inputs.items()}
    return between_other_calls(lambda given: _call(impl, given), inputs, others)


def forward(impl, r_chosen, r_rejected):
    return impl.reward_model_loss(r_chosen, r_rejected)[0]
