"""How the grader calls the module: ring_allreduce(arrays), then naive_allreduce_sent(n, P)
with n = len(arrays[0]) and P = len(arrays).

The reported ring_allreduce call is made between two calls on the very same array objects
holding other values (written in place, then put back): a result kept in the module under a
key that leaves out the values (the shapes, the id() of an array) is stale for the reported
call, and a result buffer reused from call to call is overwritten before the reported one is
sent. naive_allreduce_sent(n + 1, P) is called before naive_allreduce_sent(n, P) for the same
reason. The rule outputs report the types no value comparison shows: lists, Python ints."""
RESULTS_LIST = "rule: results is a list"
SENT_INTS = "rule: sent is a list of Python ints"
NAIVE_INTS = "rule: naive_allreduce_sent returns a list of Python ints"


def _list_of_ints(values):
    return isinstance(values, list) and all(type(v) is int for v in values)


def _call_on_other_values(impl, arrays):
    """One call with every worker's array holding other values, in place; then put back."""
    from mlfun.grader.stateful import sibling

    saved = [a.copy() for a in arrays]
    try:
        for a, values in zip(arrays, saved):
            a[...] = sibling(values)
        impl.ring_allreduce(arrays)
    finally:
        for a, values in zip(arrays, saved):
            a[...] = values


def run(impl, arrays):
    P, n = len(arrays), len(arrays[0])
    _call_on_other_values(impl, arrays)
    results, sent = impl.ring_allreduce(arrays)
    _call_on_other_values(impl, arrays)
    impl.naive_allreduce_sent(n + 1, P)
    naive = impl.naive_allreduce_sent(n, P)
    return {"results": results, "sent": sent, "naive": naive,
            RESULTS_LIST: isinstance(results, list), SENT_INTS: _list_of_ints(sent),
            NAIVE_INTS: _list_of_ints(naive)}
