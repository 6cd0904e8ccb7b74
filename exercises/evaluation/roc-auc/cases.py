"""Hidden cases of roc_auc: mostly scores with many exact ties (rounded, integer-valued, all
equal), since the tie rule is where implementations differ. Every case has both classes."""
import numpy as np


def _labels(rng, n, n_pos=None):
    """0/1 labels with both classes present, in random order."""
    if n_pos is None:
        n_pos = int(rng.integers(1, n))
    labels = np.zeros(n, dtype=np.int64)
    labels[:n_pos] = 1
    return rng.permutation(labels)


def _scores(rng, labels, spread=1.0):
    """Positives score higher on average, so the AUC sits well away from 0.5."""
    return rng.normal(0.0, spread, labels.size) + 0.8 * labels


def continuous(rng):
    labels = _labels(rng, int(rng.integers(15, 80)))
    return {"scores": _scores(rng, labels), "labels": labels}


def rounded(rng):
    """Scores rounded to one decimal: many ties inside and across the classes."""
    labels = _labels(rng, int(rng.integers(30, 120)))
    return {"scores": np.round(_scores(rng, labels), 1), "labels": labels}


def integer_valued(rng):
    """Scores that are small integers (a 1-5 rating, say), as float64."""
    labels = _labels(rng, int(rng.integers(20, 60)))
    scores = np.clip(np.round(_scores(rng, labels) * 1.5 + 3.0), 1, 5)
    return {"scores": scores.astype(np.float64), "labels": labels}


def all_equal(rng):
    """Every score the same: every pair is a tie, so the AUC is exactly 0.5."""
    labels = _labels(rng, int(rng.integers(5, 30)))
    return {"scores": np.full(labels.size, float(rng.normal())), "labels": labels}


def bool_labels(rng):
    """Labels as a bool array, scores with ties, passed as a strided view."""
    labels = _labels(rng, int(rng.integers(20, 60))).astype(bool)
    scores = np.round(_scores(rng, labels.astype(np.int64)), 1)
    wide = np.empty(2 * scores.size)
    wide[::2] = scores
    return {"scores": wide[::2], "labels": labels}


def one_positive(rng):
    """A single positive among tied negatives: P = 1, and its score tied with some of them."""
    n = int(rng.integers(8, 30))
    labels = _labels(rng, n, n_pos=1)
    scores = rng.integers(0, 4, n).astype(np.float64)
    return {"scores": scores, "labels": labels}


def one_negative(rng):
    """A single negative, Q = 1, tied with some positives."""
    n = int(rng.integers(8, 30))
    labels = 1 - _labels(rng, n, n_pos=1)
    scores = rng.integers(0, 4, n).astype(np.float64)
    return {"scores": scores, "labels": labels}


def near_ties(rng):
    """Scores one float apart are not tied: a tie is exact equality, not closeness.
    Negatives sit one ulp below positives, and exact ties are mixed in too."""
    n = int(rng.integers(20, 50))
    labels = _labels(rng, n)
    base = 1000.0 + rng.integers(0, 5, n).astype(np.float64)
    below = np.nextafter(base, -np.inf)
    exact = rng.random(n) < 0.5
    scores = np.where((labels == 0) & ~exact, below, base)
    return {"scores": scores, "labels": labels}


def large(rng):
    """N = 5000 with scores rounded to two decimals (an O(P Q) loop over pairs is slow here)."""
    labels = _labels(rng, 5000, n_pos=int(rng.integers(1500, 3500)))
    return {"scores": np.round(_scores(rng, labels), 2), "labels": labels}


def near_ties_scaled(rng):
    """Near ties (one ulp apart, and exact ties) among scores of ordinary magnitude, with other
    scores spread wider: arithmetic on the scores before ranking (min-max scaling, centering,
    z-scoring, a sigmoid) rounds such neighbours together. Only the order may be used."""
    n = int(rng.integers(30, 60))
    labels = _labels(rng, n)
    # in (-4/3, -1) the grader's decoy map v -> 0.5 + 0.75 v keeps one-ulp neighbours apart,
    # so the decoy case has the same ties and the same AUC (no false stale-result)
    values = rng.uniform(-1.3, -1.02, 4)
    base = values[rng.integers(0, 4, n)]
    below = np.nextafter(base, -np.inf)
    exact = rng.random(n) < 0.4
    scores = np.where((labels == 0) & ~exact, below, base)
    wide = rng.random(n) < 0.25
    scores = np.where(wide, rng.uniform(-3.0, 3.0, n), scores)
    far = rng.choice(n, 2, replace=False)       # a far low and a far high score widen the range
    scores[far] = [-rng.uniform(50.0, 100.0), rng.uniform(50.0, 100.0)]
    return {"scores": scores, "labels": labels}


def large_mostly_positive(rng):
    """N = 5000 with most samples positive and scores rounded to two decimals: the rank sum of
    the positives is a half-integer above 2**23, which float32 cannot hold, so it must be
    accumulated in float64, not float32."""
    while True:
        labels = _labels(rng, 5000, n_pos=int(rng.integers(3600, 4500)))
        scores = np.round(_scores(rng, labels), 2)
        _, inv, cnt = np.unique(scores, return_inverse=True, return_counts=True)
        ranks = (np.cumsum(cnt) - cnt)[inv] + (cnt[inv] + 1) / 2.0
        rank_sum = ranks[labels == 1].sum()
        # a half-integer above 2**23 has no float32 representation: any float32 sum misses it
        if rank_sum > 2.0 ** 23 and rank_sum % 1 == 0.5:
            return {"scores": scores, "labels": labels}
