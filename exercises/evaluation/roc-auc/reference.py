import numpy as np


def _average_ranks(s):
    """1-based ranks in increasing score; a run of tied scores shares the mean of its ranks."""
    order = np.argsort(s, kind="stable")
    ordered = s[order]
    starts_run = np.concatenate(([True], ordered[1:] != ordered[:-1]))
    run_of = np.cumsum(starts_run) - 1                  # which run each sorted position is in
    first = np.flatnonzero(starts_run)                  # 0-based position where each run starts
    end = np.append(first[1:], s.size)                  # one past where each run ends
    mean_rank = (first + 1 + end) / 2.0                 # mean of the 1-based ranks first+1 .. end
    ranks = np.empty(s.size)
    ranks[order] = mean_rank[run_of]
    return ranks


def roc_auc(scores, labels):
    s = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(labels) == 1
    n_pos = np.count_nonzero(positive)
    n_neg = s.size - n_pos
    ranks = _average_ranks(s)
    u = ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0   # Mann-Whitney U of the positives
    return float(u / (n_pos * n_neg))
