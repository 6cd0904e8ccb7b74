"""How the grader calls dpo_loss: a beta of None is left out of the call, so the default
applies; `forward` is the scalar loss the gradients are checked against.

`run` reports one call made between others (`stateful.between_other_calls`). Before it, one call for
every nonempty set of inputs, with those inputs holding other values (an array written into
the very same array, then restored; beta another value, given even where the case leaves it
out), larger sets first; after it, one call with every input other, before the reported
arrays are sent. A result (or a part of one) kept in the module under a key that leaves out
some inputs (the shape, the id of an array, some of the four arrays, beta) is then stale for
the reported call: the first call that meets the key the reported call has is the one that
changed exactly the inputs the key leaves out, larger sets coming first. A buffer reused
between calls is overwritten after it. The close check sees both."""


def _given(inputs):
    return {name: value for name, value in inputs.items() if value is not None}


def _call(impl, inputs):
    loss, d_chosen, d_rejected = impl.dpo_loss(**_given(inputs))
    return {"loss": loss, "d_policy_chosen": d_chosen, "d_policy_rejected": d_rejected}


def run(impl, **inputs):
    from mlfun.grader.stateful import between_other_calls, sibling

    others = {name: sibling(value) for name, value in inputs.items() if name != "beta"}
    beta = inputs.get("beta")
    others["beta"] = 0.3 if beta is None else 1.5 * beta + 0.05    # never the default 0.1
    return between_other_calls(lambda given: _call(impl, given), inputs, others)


def forward(impl, **inputs):
    return impl.dpo_loss(**_given(inputs))[0]
