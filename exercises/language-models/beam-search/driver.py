"""How the grader calls beam_search: it builds log_prob_fn from the case's table, passes the
prompt as a list, and sends back the tokens as an int64 array. Rule outputs say whether the
tokens were a list of ints, the prompt was left as it was given, and every prefix passed to
log_prob_fn was a tuple, as the statement promises (a model may hash or memoize it).

A toy model is a table (H, V) of log-prob rows and a mode: "last" picks row prefix[-1] (row
H - 1 for the empty prefix), a bigram model; "hash" picks the row of a rolling hash of the
whole prefix, so every prefix has its own, unrelated next-token distribution (cases.py
holds the same two functions for the generators and the checks).
"""
import numpy as np

TOKENS_RULE = "rule: tokens is a list of ints"
PROMPT_RULE = "rule: the prompt list is not modified"
PREFIX_RULE = "rule: log_prob_fn is given tuples"


def row_index(prefix, mode, rows):
    if mode == "last":
        return prefix[-1] if prefix else rows - 1
    code = 7
    for token in prefix:
        code = (code * 1000003 + int(token) + 1) % 2147483647
    return code % rows


def make_model(table, mode):
    """log_prob_fn(prefix) -> a fresh copy of the prefix's row (so writing into it is harmless)."""
    def log_prob_fn(prefix):
        return table[row_index(tuple(int(t) for t in prefix), mode, table.shape[0])].copy()
    return log_prob_fn


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def run(impl, table, mode, prompt, beam_width, max_len, eos):
    given = [int(t) for t in prompt]
    passed = list(given)
    model, kinds = make_model(table, mode), set()

    def log_prob_fn(prefix):
        kinds.add(type(prefix) is tuple)
        return model(prefix)
    tokens, logprob = impl.beam_search(log_prob_fn, passed, beam_width, max_len, eos)
    whole = isinstance(tokens, list) and all(map(_is_int, tokens))
    shown = np.array([int(t) for t in tokens], dtype=np.int64) if whole else "not a list of ints"
    return {"tokens": shown, "logprob": logprob, TOKENS_RULE: whole, PROMPT_RULE: passed == given,
            PREFIX_RULE: kinds == {True}}
