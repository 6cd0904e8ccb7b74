"""How the grader calls your script: estimate_accuracy(X, customer, y, seed), then
estimate_accuracy(X, customer, y_shuffled, seed) on the same orders with the labels
shuffled (nothing left to learn: an honest estimate falls to chance). The grader compares
both numbers with what the pipeline really scores on fresh orders, which it computes itself
and never sends to your code."""


def run(impl, X, customer, y, y_shuffled, seed):
    copies = (X.copy(), customer.copy())
    return {"estimate": impl.estimate_accuracy(X, customer, y, seed),
            "estimate_shuffled": impl.estimate_accuracy(*copies, y_shuffled, seed)}
