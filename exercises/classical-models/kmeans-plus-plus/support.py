"""The statistical check of k-means++: the law of the second center given the first.

The driver seeds k = 2 on five fixed points `trials` times and reports the (first, second)
pairs. Given a first center f, the second must be point j with probability
p_f(j) = D2_f(j) / sum(D2_f), D2_f the squared distances to x_f. Summed over the trials,
the expected number of times j comes second is E_j = sum_t p_{f_t}(j), conditional on the
firsts that were drawn; Pearson's statistic sum_j (O_j - E_j)^2 / E_j over the five points
is compared with the 0.999 quantile of a chi-square law with 4 degrees of freedom, 18.467.
(Conditioning on the firsts makes the counts a sum of independent, not identical, draws,
whose spread is at most the multinomial one: the test is slightly conservative, so a
correct program fails it less than once in a thousand grades.) A second center equal to
the first has probability 0 and fails outright.
"""
import numpy as np

CHI2_4_Q999 = 18.4668


def _second_given_first(X):
    """(N, N) table: row f is the law of the second center when the first is f."""
    X = np.asarray(X, dtype=np.float64)
    d2 = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)
    return d2 / d2.sum(axis=1, keepdims=True)


def second_center_follows_d2(inputs, outputs, expected):
    if not inputs.get("trials"):
        return None
    pairs = outputs.get("pairs") if isinstance(outputs, dict) else None
    if not isinstance(pairs, np.ndarray) or pairs.shape != (inputs["trials"], 2) or pairs.dtype.kind not in "iu":
        return "the seedings with k = 2 did not return integer index pairs, so the law cannot be tested"
    law = _second_given_first(inputs["X"])
    N = law.shape[0]
    if pairs.min() < 0 or pairs.max() >= N:
        return f"some indices fall outside 0..{N - 1}"
    first, second = pairs[:, 0], pairs[:, 1]
    if np.any(first == second):
        return ("the second center repeated the first in some seedings: that point's D^2 is 0, "
                "so D^2 sampling can never choose it again")
    observed = np.bincount(second, minlength=N).astype(np.float64)
    predicted = law[first].sum(axis=0)
    stat = float(((observed - predicted) ** 2 / predicted).sum())
    if stat <= CHI2_4_Q999:
        return None
    worst = int(np.argmax(np.abs(observed - predicted) / np.sqrt(predicted)))
    return (f"over {len(pairs)} seedings with k = 2, point {worst} came second {int(observed[worst])} "
            f"times where D^2 sampling predicts about {predicted[worst]:.0f}; the chi-square statistic "
            f"is {stat:.1f} with 4 degrees of freedom, above its 0.999 quantile {CHI2_4_Q999}")
