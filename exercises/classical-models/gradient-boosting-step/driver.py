"""Unpacks the stump so that each part is compared on its own (the feature exactly)."""


def run(impl, X, y, pred, learning_rate):
    stump, new_pred = impl.boosting_step(X, y, pred, learning_rate)
    feature, threshold, left_value, right_value = stump
    return {"feature": feature, "threshold": threshold, "left_value": left_value,
            "right_value": right_value, "new_pred": new_pred, "rule: the stump is a tuple": isinstance(stump, tuple)}
