"""The training accuracy: the deployed model scored on the orders it was fitted on."""
import numpy as np

FOLDS, ALPHA, RIDGE = 5, 1.0, 1e-8


# ---- the pipeline (keep it as it is: the grader measures this pipeline) ---------------------

def fit_encoder(X, customer, y):
    """What the preprocessing learns from the orders it is given: the mean and standard
    deviation of every feature, and every customer's return rate, smoothed toward the
    overall rate (ALPHA pseudo-orders at the overall rate)."""
    std = X.std(axis=0)
    prior = float(np.mean(y))
    ids, inverse = np.unique(customer, return_inverse=True)
    rate = (np.bincount(inverse, weights=y) + ALPHA * prior) / (np.bincount(inverse) + ALPHA)
    return {"mean": X.mean(axis=0), "std": np.where(std > 0, std, 1.0), "prior": prior,
            "ids": ids, "rate": rate}


def features(encoder, X, customer):
    """(N, D + 2): the standardized features, the customer's return rate (the overall rate
    for a customer the encoder has never seen) and a column of ones."""
    ids = encoder["ids"]
    pos = np.clip(np.searchsorted(ids, customer), 0, len(ids) - 1)
    rate = np.where(ids[pos] == customer, encoder["rate"][pos], encoder["prior"])
    return np.column_stack([(X - encoder["mean"]) / encoder["std"], rate, np.ones(len(X))])


def fit_classifier(F, y):
    """Least-squares weights w (D + 2,): F @ w as close as possible to y. (The tiny ridge
    keeps the system solvable if two columns coincide, say every customer at the overall rate.)"""
    return np.linalg.solve(F.T @ F + RIDGE * np.eye(F.shape[1]), F.T @ y)


def fit_pipeline(X, customer, y):
    """The model that will be deployed: the encoder and the classifier, fitted on all orders."""
    encoder = fit_encoder(X, customer, y)
    return encoder, fit_classifier(features(encoder, X, customer), y)


def predict(model, X, customer):
    """1 (will be returned) where the score is above 0.5, else 0."""
    encoder, w = model
    return (features(encoder, X, customer) @ w > 0.5).astype(np.int64)


# ---- the estimate -----------------------------------------------------------------------------

def estimate_accuracy(X, customer, y, seed):
    """The accuracy of the deployed model on the very orders it was fitted on."""
    model = fit_pipeline(X, customer, y)
    return float(np.mean(predict(model, X, customer) == y))


# ---- a shop like the grader's, to test your hypotheses ------------------------------------------

class Shop:
    """Orders with d features; 8% of them from 60 regular customers, the rest from customers
    who order once. y = 1 (returned) when z . beta + habit + noise > 0."""

    def __init__(self, rng, d=8, strength=1.5):
        self.rng, self.d = rng, d
        self.mu, self.s = rng.normal(0.0, 3.0, size=d), rng.uniform(0.5, 3.0, size=d)
        self.beta = np.zeros(d)
        self.beta[:3] = rng.normal(size=3)
        self.beta *= strength / np.linalg.norm(self.beta)
        self.regulars = rng.choice(np.arange(100, 1000), size=60, replace=False)
        self.habit = rng.normal(size=60)
        self.next_id = 10_000

    def orders(self, m):
        rng = self.rng
        regular = rng.random(m) < 0.08
        who = rng.integers(0, 60, size=m)
        customer = np.where(regular, self.regulars[who], self.next_id + np.arange(m))
        self.next_id += m
        habit = np.where(regular, self.habit[who], rng.normal(size=m))
        z = rng.normal(size=(m, self.d))
        y = (z @ self.beta + habit + rng.normal(size=m) > 0).astype(np.int64)
        return self.mu + self.s * z, customer, y


def _bar(label, value, width=30):
    """One line of a bar chart of an accuracy, on the scale 0.5 ... 1.0."""
    filled = int(round(max(0.0, value - 0.5) / 0.5 * width))
    return f"  {label:<29s}{value:6.3f}  |{'#' * filled}"


def _histogram(label, values, bins=40):
    """One line of a histogram on [0, 1]: ' .:-=+*#%@' from an empty bin to the fullest."""
    counts = np.histogram(values, bins=bins, range=(0.0, 1.0))[0]
    shades = " .:-=+*#%@"
    cells = "".join(shades[int(np.ceil(9 * c / max(counts.max(), 1)))] for c in counts)
    return f"  {label:<24s}|{cells}|"


def demo(seed=0):
    shop = Shop(np.random.default_rng(seed))
    X, customer, y = shop.orders(8000)
    shuffled = np.random.default_rng(seed + 1).permutation(y)
    X_new, customer_new, y_new = shop.orders(50000)
    model = fit_pipeline(X, customer, y)
    ids, counts = np.unique(customer, return_counts=True)
    once = np.isin(customer, ids[counts == 1])
    print(f"{len(y)} orders, {X.shape[1]} features, {np.mean(y):.0%} returned; "
          f"{np.mean(once):.0%} are their customer's only order")
    print()
    print(f"  {'accuracy':<36s}0.5{' ' * 27}1.0")
    print(_bar("estimate_accuracy", estimate_accuracy(X, customer, y, seed)))
    print(_bar("... with the labels shuffled", estimate_accuracy(X, customer, shuffled, seed)))
    print(_bar("the pipeline on fresh orders", np.mean(predict(model, X_new, customer_new) == y_new)))
    print()
    F = features(fit_encoder(X, customer, y), X, customer)
    w = fit_classifier(F, y)
    print(f"  customer_rate (column D + 1 of F), encoder fitted on all {len(y)} orders:")
    print(f"{'':<25s}0.0{' ' * 17}0.5{' ' * 18}1.0")
    print(_histogram("kept orders (y = 0)", F[y == 0, -2]))
    print(_histogram("returned orders (y = 1)", F[y == 1, -2]))
    print()
    print(f"  the classifier's weights: customer_rate {w[-2]:+.2f}, "
          f"the {X.shape[1]} features {w[:-2].min():+.2f} to {w[:-2].max():+.2f}")
