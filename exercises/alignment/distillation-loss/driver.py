"""How the grader calls distillation_loss: a T of None is left out of the call, so the
default applies; `forward` is the scalar loss dstudent is checked against.

`run` reports one call made between others (`stateful.between_other_calls`). Before it, one call for
every nonempty set of inputs, with those inputs holding other values (an array written into
the very same array, then restored; T another temperature, given even where the case leaves
it out), larger sets first; after it, one call with every input other, before the reported
array is sent. A result (or a part of one) kept in the module under a key that leaves out
some inputs (the shape, the id of an array, the teacher's or the student's logits, T) is
then stale for the reported call: the first call that meets the key the reported call has is
the one that changed exactly the inputs the key leaves out, larger sets coming first. A
buffer reused between calls is overwritten after it. The close check sees both."""


def _given(inputs):
    return {name: value for name, value in inputs.items() if value is not None}


def _call(impl, inputs):
    loss, dstudent = impl.distillation_loss(**_given(inputs))
    return {"loss": loss, "dstudent": dstudent}


def run(impl, **inputs):
    from mlfun.grader.stateful import between_other_calls, sibling

    others = {name: sibling(inputs[name]) for name in ("student_logits", "teacher_logits")}
    T = inputs.get("T")
    others["T"] = 3.0 if T is None else 1.5 * T + 0.25                # never the default 1.0
    return between_other_calls(lambda given: _call(impl, given), inputs, others)


def forward(impl, **inputs):
    return impl.distillation_loss(**_given(inputs))[0]
