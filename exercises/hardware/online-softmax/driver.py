"""How the grader calls your module, and what it watches while the call runs.

Blocks arrive from generators that reuse one buffer: each block is a view of it, valid only
until the next block is drawn, and the buffer is filled with NaN after the last block. A
block kept for later therefore turns into NaN (or into another block).

During each call NumPy's `exp` is replaced, wherever NumPy binds it (np.exp, np.core.umath.exp,
...), by a watcher that forwards to it and records each argument's size and the block being
streamed at that moment. Four rules come out of it, reported as `rule:` outputs:
- no `np.exp` argument has more elements than one block (R·block_size for the softmax,
  block_size scores for attention): the exponentials of a whole row never exist at once;
- every block's elements go through np.exp before the next block is drawn (a program that
  collects the blocks, or copies of them, and computes afterwards is not streaming), and
  online_softmax's output write sends all R·n entries through np.exp;
- online_softmax gets its statistics from online_softmax_stats;
- the module does `import numpy as np` and binds no exp of its own at import time
  (`from numpy import exp`, `exp = np.exp`, a default argument `exp=np.exp`): such a name
  would escape the watcher.
"""
import sys

import numpy as np

EXP = np.exp
SIZE_RULE = "rule: no np.exp argument has more elements than one block"
STREAM_RULE = "rule: each block goes through np.exp before the next block is drawn"
STATS_RULE = "rule: online_softmax takes its statistics from online_softmax_stats"
IMPORT_RULE = "rule: the module does import numpy as np and calls exp only as np.exp"
AFTER = -1          # the phase after the last block of the statistics was drawn


class ExpWatch:
    """Counts, per streamed block, the elements that went through np.exp."""

    def __init__(self, limit):
        self.limit, self.too_large = limit, False
        self.block, self.sizes, self.fed = None, [], {}

    def exp(self, x, *args, **kwargs):
        size = int(np.size(x))
        self.too_large |= size > self.limit
        self.fed[self.block] = self.fed.get(self.block, 0) + size
        return EXP(x, *args, **kwargs)

    def stream(self, items, size_of):
        """The items of `items`, noting which one is current while the caller works on it."""
        for index, item in enumerate(items):
            self.block = index
            self.sizes.append(size_of(item))
            yield item
        self.block = AFTER

    def streamed(self):
        """Whether every block drawn had at least its own size in np.exp elements."""
        return all(self.fed.get(i, 0) >= size for i, size in enumerate(self.sizes))


def _exp_homes():
    """(module, name) for every loaded NumPy module attribute that is np.exp."""
    homes = []
    for name, module in list(sys.modules.items()):
        if name == "numpy" or name.startswith("numpy."):
            homes += [(module, attr) for attr, value in list(vars(module).items()) if value is EXP]
    return homes


def _watched(watch, fn, *args):
    """fn(*args) with every home of np.exp pointing at the watcher."""
    homes = _exp_homes()
    for module, attr in homes:
        setattr(module, attr, watch.exp)
    try:
        return fn(*args)
    finally:
        for module, attr in homes:
            setattr(module, attr, EXP)


def _bound_at_import(module):
    """The module's names, and the default arguments of its functions (`exp=np.exp`)."""
    for value in list(vars(module).values()):
        yield value
        yield from getattr(value, "__defaults__", None) or ()
        yield from (getattr(value, "__kwdefaults__", None) or {}).values()


def _imports_numpy_as_np(module):
    return vars(module).get("np") is np and not any(value is EXP for value in _bound_at_import(module))


def _reused_blocks(x, block_size):
    """Consecutive blocks x[..., s:s+b] as strided views of one reused buffer, NaN after the last."""
    buffer = np.empty(x.shape[:-1] + (2 * block_size,))
    for s in range(0, x.shape[-1], block_size):
        width = min(block_size, x.shape[-1] - s)
        view = buffer[..., :2 * width:2]
        view[...] = x[..., s:s + width]
        yield view
    buffer[...] = np.nan


def _reused_pairs(K, V, block_size):
    """Consecutive (K_blk, V_blk) as views of two reused buffers, NaN after the last."""
    kbuf, vbuf = np.empty((block_size, K.shape[1])), np.empty((block_size, V.shape[1]))
    for s in range(0, K.shape[0], block_size):
        width = min(block_size, K.shape[0] - s)
        kbuf[:width], vbuf[:width] = K[s:s + width], V[s:s + width]
        yield kbuf[:width], vbuf[:width]
    kbuf[...] = np.nan
    vbuf[...] = np.nan


def _softmax_with_spy(module, watch, x, block_size):
    """online_softmax(x, block_size), its online_softmax_stats replaced by a spy that streams
    the blocks it is given through the watch, under every module-level name it has (a learner
    may well call it through an alias). Returns (out, stats used, output fed)."""
    stats, calls = module.online_softmax_stats, []
    names = [name for name, value in vars(module).items() if value is stats]

    def spy(blocks):
        calls.append(1)
        return stats(watch.stream(blocks, np.size))
    for name in names:
        setattr(module, name, spy)
    try:
        out = _watched(watch, module.online_softmax, x, block_size)
    finally:
        for name in names:
            setattr(module, name, stats)
    return out, bool(calls), watch.fed.get(AFTER, 0) >= x.size


def run(impl, x, block_size, q, K, V):
    module = getattr(impl, "_module", impl)
    limit = int(np.prod(x.shape[:-1], dtype=np.int64)) * block_size
    stats_watch = ExpWatch(limit)
    m, l = _watched(stats_watch, impl.online_softmax_stats,
                    stats_watch.stream(_reused_blocks(x, block_size), np.size))
    out_watch = ExpWatch(limit)
    out, stats_used, output_fed = _softmax_with_spy(module, out_watch, x, block_size)
    attn_watch = ExpWatch(block_size)
    attn = _watched(attn_watch, impl.streaming_attention, q,
                    attn_watch.stream(_reused_pairs(K, V, block_size), lambda pair: len(pair[0])))
    watches = (stats_watch, out_watch, attn_watch)
    return {"m": np.asarray(m), "l": np.asarray(l), "out": out, "attn": attn,
            SIZE_RULE: not any(w.too_large for w in watches),
            STREAM_RULE: all(w.streamed() for w in watches) and output_fed,
            STATS_RULE: stats_used,
            IMPORT_RULE: _imports_numpy_as_np(module)}
