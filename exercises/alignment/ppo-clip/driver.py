"""How the grader calls ppo_clip_loss: an input of None (mask or clip_eps) is left out of the
call, so the default applies; `forward` is the scalar loss dlogp_new is checked against.

`run` reports one call made between others (`stateful.between_other_calls`). Before it, one call for
every nonempty set of inputs, with those inputs holding other values (an array written into
the very same array, then restored; the mask with one token toggled, at least one still
counted, and given where the case leaves it out; clip_eps another value), larger sets first;
after it, one call with every input other, before the reported array is sent. A result (or a
part of one) kept in the module under a key that leaves out some inputs (the shape, the id
of an array, some of the arrays, the mask, clip_eps) is then stale for the reported call:
the first call that meets the key the reported call has is the one that changed exactly the
inputs the key leaves out, larger sets coming first. A buffer reused between calls is
overwritten after it. The close check sees both."""


def _given(inputs):
    return {name: value for name, value in inputs.items() if value is not None}


def _other_mask(mask, shape):
    """A mask that differs in one token and still counts one at least (None: all but one)."""
    import numpy as np

    other = np.ones(shape, dtype=bool) if mask is None else np.array(mask, dtype=bool)
    flat = other.reshape(-1)
    if flat.all():
        flat[0] = flat.size == 1
    else:
        flat[int(np.argmin(flat))] = True
    return other


def _call(impl, inputs):
    loss, dlogp_new = impl.ppo_clip_loss(**_given(inputs))
    return {"loss": loss, "dlogp_new": dlogp_new}


def run(impl, **inputs):
    from mlfun.grader.stateful import between_other_calls, sibling

    others = {name: sibling(inputs[name]) for name in ("logp_new", "logp_old", "advantages")}
    others["mask"] = _other_mask(inputs.get("mask"), inputs["logp_new"].shape)
    eps = inputs.get("clip_eps")
    others["clip_eps"] = 0.1 if eps is None else eps + 0.05            # never the default 0.2
    return between_other_calls(lambda given: _call(impl, given), inputs, others)


def forward(impl, **inputs):
    return impl.ppo_clip_loss(**_given(inputs))[0]
