"""Pairs of learners whose passing code is near-identical, for an instructor to look at: a
prompt to read two files side by side, never a verdict or a penalty.

copydetect (winnowed fingerprints of the token stream, the MOSS method) does the comparing:
it renames every variable and function to one letter and drops comments and blank space
before it fingerprints, so renaming and reformatting do not hide a copy. The exercise's
starter is boilerplate: the signature and docstring every learner was given do not count.

Short exercises have few ways to be right, so two honest learners can match: the page shows
how many tokens each pair shares, and the threshold asks that *both* files be mostly shared.

copydetect imports matplotlib and NumPy: this module is imported only by the page that
uses it, never by the dashboard's overview.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from itertools import combinations

NOISE = 25              # characters of normalised tokens in one fingerprint (copydetect's default)
THRESHOLD = 0.8         # share of each file's fingerprinted tokens found in the other


@dataclass(frozen=True)
class Submission:
    learner_id: int
    learner: str
    attempt_id: int
    source: str


@dataclass(frozen=True)
class Pair:
    first: Submission
    second: Submission
    score: float            # the smaller of the two shares: both files are at least this much alike
    shared_tokens: int


def similar_pairs(submissions: list[Submission], starter: str = "", threshold: float = THRESHOLD,
                  limit: int = 500) -> tuple[list[Pair], int]:
    """The `limit` most alike pairs whose files share at least `threshold` of their tokens, and
    how many such pairs there are in all (a short exercise can have thousands)."""
    from copydetect import CodeFingerprint, compare_files

    def fingerprint(source: str, boilerplate=None):
        return CodeFingerprint("solution.py", NOISE, 1, boilerplate=boilerplate, fp=io.StringIO(source))

    boilerplate = list(fingerprint(starter).hashes) if starter.strip() else None
    groups: dict[str, tuple] = {}        # normalised code -> (fingerprint, submissions): compare each text once
    for submission in submissions:
        found = fingerprint(submission.source, boilerplate)
        groups.setdefault(found.filtered_code, (found, []))[1].append(submission)
    matches = [(1.0, int(found.token_coverage), alike, alike) for found, alike in groups.values()
               if len(alike) > 1 and found.token_coverage]
    for (a, first), (b, second) in combinations(groups.values(), 2):
        if a.hashes & b.hashes:
            shared, shares, _ = compare_files(a, b)
            if min(shares) >= threshold:
                matches.append((round(float(min(shares)), 3), int(shared), first, second))
    matches.sort(key=lambda m: (-m[0], -m[1]))
    return _expand(matches, limit), sum(_count(first, second) for _, _, first, second in matches)


def _count(first: list, second: list) -> int:
    return len(first) * (len(first) - 1) // 2 if first is second else len(first) * len(second)


def _expand(matches: list, limit: int) -> list[Pair]:
    """Learner pairs from matches of distinct texts (or of one text with itself), best first."""
    pairs: list[Pair] = []
    for score, shared, first, second in matches:
        alike = combinations(first, 2) if first is second else ((x, y) for x in first for y in second)
        for x, y in alike:
            if len(pairs) == limit:
                return pairs
            pairs.append(Pair(x, y, score, shared))
    return pairs
