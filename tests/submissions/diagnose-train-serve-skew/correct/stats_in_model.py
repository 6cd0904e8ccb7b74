"""A classifier that scores 0.93 offline and 0.33 in production. Find out why, and fix it.

    python -c "import diagnose_train_serve_skew as d; d.demo()"

prints the offline accuracy and the accuracy of requests served one at a time.
"""
import numpy as np

STEPS, LR = 300, 0.5
CENTERS = np.array([[2.0, 0.0, 0.0, 0.5], [-1.0, 1.7, 0.0, -0.5], [-1.0, -1.7, 0.5, 0.0]])
OFFSETS = np.array([1500.0, -2.0, 30.0, 0.0])
SCALES = np.array([200.0, 0.05, 3.0, 40.0])


def make_data(seed, n):
    """n readings X (n, 4) of 4 sensors in their own units, and their classes y (n,)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    Z = CENTERS[y] + rng.standard_normal((n, 4))
    return OFFSETS + SCALES * Z, y


def preprocess(X):
    """Standardize every feature: zero mean and unit variance."""
    return (X - X.mean(axis=0)) / (X.std(axis=0) + 1e-8)


def softmax_regression(F, y, seed):
    """W (4, 3) and b (3,) fitted by batch gradient descent on the mean cross-entropy."""
    rng = np.random.default_rng(seed)
    W, b = 0.01 * rng.standard_normal((F.shape[1], 3)), np.zeros(3)
    onehot = np.eye(3)[y]
    for _ in range(STEPS):
        scores = F @ W + b
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        dscores = (p - onehot) / len(y)
        W = W - LR * F.T @ dscores
        b = b - LR * dscores.sum(axis=0)
    return W, b


def train(X, y, seed):
    """The model: a dict the server keeps."""
    W, b = softmax_regression(preprocess(X), y, seed)
    return {"W": W, "b": b, "mu": X.mean(axis=0), "sigma": X.std(axis=0)}


def serve(model, X_batch):
    """The predicted class of every reading in the batch (n,) ints."""
    X_batch = np.atleast_2d(X_batch)
    F = (X_batch - model["mu"]) / (model["sigma"] + 1e-8)
    return np.argmax(F @ model["W"] + model["b"], axis=1)


def evaluate(model, X, y):
    """Offline accuracy: the whole test set in one call."""
    return float(np.mean(serve(model, X) == y))


def demo(seed=0):
    X, y = make_data(seed, 1000)
    X_test, y_test = make_data(seed + 1, 300)
    model = train(X, y, seed)
    one_at_a_time = np.array([serve(model, X_test[i:i + 1])[0] for i in range(len(y_test))])
    print("offline accuracy (evaluate)   ", evaluate(model, X_test, y_test))
    print("served one request at a time  ", float(np.mean(one_at_a_time == y_test)))
    print("classes served one at a time  ", np.bincount(one_at_a_time, minlength=3))
