"""Orders of an online shop, and the truth the grader compares estimates with.

An order has D numeric features X (each on its own scale) and a customer id; its label y
is 1 when the order was returned. 8% of the orders come from 60 regular customers, each
with a return habit a ~ N(0, 1); every other order comes from a customer who orders once
(a new id, with a habit of its own that no other order shares). A label is

    y = [beta . z + a + b + noise > 0],   z = (x - mu) / s, the features in standard units,

with noise ~ N(0, 1), b a small offset of the return rate, and |beta| the strength of the
features: weak shops (the pipeline is worth 0.54 to 0.66 on fresh orders over 300 seeds) or
strong ones (0.77 to 0.89), far enough apart that no constant is within 0.03 of both.
Honest 5-fold cross-validation on 9000 to 12,000 orders is within 0.017 of the truth on
every one of those seeds, and within 0.017 of the chance level with the labels shuffled.

The truth of a case is computed here, by trusted code: the pipeline (the same code as the
starter's fit_pipeline / predict) is fitted on all N orders and scored on 50,000 fresh
orders of the same shop (the same regulars, new one-off customers, new features and
labels). For the shuffled labels, the fresh labels are drawn independently of everything
with the same return rate, so the truth is the chance level of the pipeline's predictions.
Both are private inputs, `_truth` and `_truth_shuffled`.

"coin flips" is a probe: 300 orders with 97 features from 4 customers, and labels that
are fair coin flips. A least-squares model with 99 coefficients fitted on 300 rows fits
its own rows by chance (0.67 to 0.85 right), while on fresh orders every
model scores 0.5 (honest 5-fold estimates: 0.37 to 0.63, noisy at this size, so only an
optimistic estimate is rejected: above 0.65). With 4 customers of about 75 orders each,
the customer rates leak next to nothing here: only the training accuracy's second fault,
scoring rows the classifier was fitted on, shows. (97 features keep the 99 x 99 solve
below the size at which OpenBLAS goes multithreaded: the grader's own process does not
cap its threads, and on a busy machine a threaded solve of that size can take 100 times longer.)
"""
import numpy as np

ALPHA = 1.0           # pseudo-orders at the overall rate in a customer's return rate
RIDGE = 1e-8          # keeps the least-squares system solvable if two columns coincide
FRESH = 50_000        # fresh orders scored for the truth
REGULARS, SHARE = 60, 0.08


# ---- the pipeline: the same as the starter's -----------------------------------------------

def fit_encoder(X, customer, y):
    std = X.std(axis=0)
    prior = float(np.mean(y))
    ids, inverse = np.unique(customer, return_inverse=True)
    rate = (np.bincount(inverse, weights=y) + ALPHA * prior) / (np.bincount(inverse) + ALPHA)
    return {"mean": X.mean(axis=0), "std": np.where(std > 0, std, 1.0), "prior": prior,
            "ids": ids, "rate": rate}


def features(encoder, X, customer):
    ids = encoder["ids"]
    pos = np.clip(np.searchsorted(ids, customer), 0, len(ids) - 1)
    rate = np.where(ids[pos] == customer, encoder["rate"][pos], encoder["prior"])
    return np.column_stack([(X - encoder["mean"]) / encoder["std"], rate, np.ones(len(X))])


def fit_classifier(F, y):
    return np.linalg.solve(F.T @ F + RIDGE * np.eye(F.shape[1]), F.T @ y)


def fit_pipeline(X, customer, y):
    encoder = fit_encoder(X, customer, y)
    return encoder, fit_classifier(features(encoder, X, customer), y)


def predict(model, X, customer):
    encoder, w = model
    return (features(encoder, X, customer) @ w > 0.5).astype(np.int64)


# ---- the shop -----------------------------------------------------------------------------

class Shop:
    def __init__(self, rng, d, strength):
        self.d = d
        self.mu = rng.normal(0.0, 3.0, size=d)
        self.s = rng.uniform(0.5, 3.0, size=d)
        beta = np.zeros(d)
        beta[rng.choice(d, size=3, replace=False)] = rng.normal(size=3)
        self.beta = beta * strength / np.linalg.norm(beta)
        self.regulars = rng.choice(np.arange(100, 1000), size=REGULARS, replace=False)
        self.habit = rng.normal(0.0, 1.0, size=REGULARS)
        self.offset = rng.uniform(-0.2, 0.2)
        self.next_id = 10_000

    def orders(self, rng, m):
        regular = rng.random(m) < SHARE
        who = rng.integers(0, REGULARS, size=m)
        once = int(np.sum(~regular))
        customer = self.regulars[who]
        customer[~regular] = self.next_id + rng.permutation(once)    # one-off customers: new ids
        self.next_id += once
        habit = np.where(regular, self.habit[who], rng.normal(0.0, 1.0, size=m))
        z = rng.normal(size=(m, self.d))
        y = (z @ self.beta + habit + self.offset + rng.normal(size=m) > 0).astype(np.int64)
        return self.mu + self.s * z, customer, y


def truths(shop, rng, X, customer, y, y_shuffled):
    """The pipeline fitted on all the orders, scored on fresh ones (real and shuffled labels)."""
    X_new, customer_new, y_new = shop.orders(rng, FRESH)
    truth = float(np.mean(predict(fit_pipeline(X, customer, y), X_new, customer_new) == y_new))
    rate = float(np.mean(y_shuffled))
    guess = predict(fit_pipeline(X, customer, y_shuffled), X_new, customer_new)
    return truth, float(np.mean(np.where(guess == 1, rate, 1.0 - rate)))


def _case(rng, n, d, strength):
    shop = Shop(rng, d, strength)
    X, customer, y = shop.orders(rng, n)
    y_shuffled = rng.permutation(y)
    seed = int(rng.integers(0, 2**31 - 1))
    truth, truth_shuffled = truths(shop, rng, X, customer, y, y_shuffled)
    return {"X": X, "customer": customer, "y": y, "y_shuffled": y_shuffled, "seed": seed,
            "_truth": truth, "_truth_shuffled": truth_shuffled}


def example(rng):
    """The public example: 8000 orders, 8 features, the same on every attempt."""
    return _case(np.random.default_rng(7), 8000, 8, 1.5)


def weak(rng):
    n = int(rng.integers(9000, 12001))
    return _case(rng, n, int(rng.integers(5, 13)), rng.uniform(0.45, 0.75))


def strong(rng):
    n = int(rng.integers(9000, 12001))
    return _case(rng, n, int(rng.integers(5, 13)), rng.uniform(2.5, 5.0))


def coin_flips(rng):
    n, d = 300, 97
    X = rng.normal(0.0, 3.0, size=d) + rng.uniform(0.5, 3.0, size=d) * rng.normal(size=(n, d))
    customer = rng.choice(np.arange(100, 1000), size=4, replace=False)[rng.integers(0, 4, size=n)]
    y = rng.integers(0, 2, size=n)
    return {"X": X, "customer": customer, "y": y, "y_shuffled": rng.permutation(y),
            "seed": int(rng.integers(0, 2**31 - 1)), "_truth": 0.5, "_truth_shuffled": 0.5}
