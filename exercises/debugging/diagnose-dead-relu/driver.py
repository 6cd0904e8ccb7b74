"""How the grader calls your script: train(X, y, seed), and train(X, 1 - y, seed) with the
labels swapped (parameters that come from the data must change). The grader runs the
ReLU network itself on its private held-out points, from the parameters you return."""


def run(impl, X, y, seed):
    return {"params": impl.train(X.copy(), y.copy(), seed), "params_swapped": impl.train(X.copy(), 1 - y, seed)}
