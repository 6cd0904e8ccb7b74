"""Mistake training-accuracy, as an override of the reference: the training accuracy: the deployed
model scored on the orders it was fitted on."""


def estimate_accuracy(X, customer, y, seed):
    """The accuracy of the deployed model on the very orders it was fitted on."""
    model = fit_pipeline(X, customer, y)
    return float(np.mean(predict(model, X, customer) == y))
