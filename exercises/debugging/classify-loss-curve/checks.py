"""Accuracy of the learner's labels against the private labels of the generated curves.

Each function gets (inputs, outputs, expected) and returns None when the property holds,
or one sentence. The labels come from the generator, which draws each curve to be of one
kind by the statement's definitions with wide margins (see generators.py); the reference
labels every curve right. A solution with slightly different but sensible thresholds
still gets well above the 0.95 bar. The per-kind checks tell which kind is missed.
"""
KINDS = ("diverging", "plateau", "oscillating", "overfitting", "healthy")
ACCURACY, RECALL = 0.95, 0.75


def _labels(inputs, outputs):
    got = outputs.get("labels") if isinstance(outputs, dict) else None
    truth = list(inputs["_labels"])
    if not isinstance(got, list) or len(got) != len(truth):
        return None, truth, f"classify_training must return one label per curve ({len(truth)} curves)"
    bad = sorted({g for g in got if g not in KINDS})
    if bad:
        return None, truth, (f"classify_training returned {', '.join(map(repr, bad[:3]))}: every label must be one of "
                             + ", ".join(f'"{k}"' for k in KINDS))
    return got, truth, None


def valid_labels(inputs, outputs, expected):
    return _labels(inputs, outputs)[2]


def accuracy(inputs, outputs, expected):
    got, truth, problem = _labels(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    right = sum(g == t for g, t in zip(got, truth))
    if right < ACCURACY * len(truth):
        wrong = sorted({(t, g) for g, t in zip(got, truth) if g != t})
        examples = "; ".join(f'a run of kind "{t}" labelled "{g}"' for t, g in wrong[:3])
        return (f"{right} of {len(truth)} runs labelled right ({right / len(truth):.0%}); at least "
                f"{ACCURACY:.0%} is needed. For example: {examples}")
    return None


def _recall(kind):
    def check(inputs, outputs, expected):
        got, truth, problem = _labels(inputs, outputs)
        if problem:
            return f"cannot be checked: {problem}"
        mine = [g for g, t in zip(got, truth) if t == kind]
        right = sum(g == kind for g in mine)
        if mine and right < RECALL * len(mine):
            called = sorted({g for g in mine if g != kind})
            return (f'only {right} of the {len(mine)} runs of kind "{kind}" were labelled "{kind}"; the others '
                    f"were labelled {', '.join(map(repr, called))}")
        return None
    check.__name__ = f"recall_{kind}"
    return check


recall_diverging = _recall("diverging")
recall_plateau = _recall("plateau")
recall_oscillating = _recall("oscillating")
recall_overfitting = _recall("overfitting")
recall_healthy = _recall("healthy")
