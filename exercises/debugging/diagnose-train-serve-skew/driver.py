"""How the grader calls your script: model = train(X, y, seed), then serve(model, batch) on
each of the 300 requests alone (a batch of one row), on all of them at once, and on three
batches that each hold requests of a single class (and on each of their rows alone). Then,
once more, train and serve one at a time on the same readings in other units. Accuracy is
computed by the grader, from labels your code never sees."""
import numpy as np


def _labels(result, n, problems):
    """serve's answer as n int labels, or -1s and a note of what was wrong with it."""
    a = np.asarray(result)
    if a.shape != (n,) or a.dtype.kind not in "iu":
        problems.append(f"serve returned {a.dtype} of shape {a.shape} for a batch of {n} rows; "
                        f"it must return {n} int labels, shape ({n},)")
        return np.full(n, -1, dtype=np.int64)
    return a.astype(np.int64)


def _one_at_a_time(impl, model, rows, problems):
    return np.concatenate([_labels(impl.serve(model, rows[i:i + 1]), 1, problems) for i in range(len(rows))])


def run(impl, X, y, seed, requests, one_class, X_other_units, requests_other_units):
    problems = []
    model = impl.train(X, y, seed)
    alone = _one_at_a_time(impl, model, requests, problems)
    whole = _labels(impl.serve(model, requests), len(requests), problems)
    batch = np.stack([_labels(impl.serve(model, b), len(b), problems) for b in one_class])
    batch_alone = np.stack([_one_at_a_time(impl, model, b, problems) for b in one_class])
    model_units = impl.train(X_other_units, y, seed)
    alone_units = _one_at_a_time(impl, model_units, requests_other_units, problems)
    return {"alone": alone, "whole": whole, "one_class_batch": batch, "one_class_alone": batch_alone,
            "alone_other_units": alone_units, "problems": "; ".join(dict.fromkeys(problems))}
