"""How a case is run against an implementation: shared by the sandbox child (the learner's
module) and the trusted parent (the reference and each mistake), so that all three are
called in exactly the same way on exactly the same inputs.

No heavy imports at top level: the child imports this before NumPy is loaded.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# NumPy errors raised where an exercise teaches stability. Underflow stays quiet: a stable
# softmax legitimately underflows exp(x - max) to 0 for very negative entries.
RAISE_ERRSTATE = dict(over="raise", divide="raise", invalid="raise")


@dataclass
class CallOutcome:
    """What one call of an implementation gave: its outputs, or the error it raised."""

    outputs: object = None
    error: dict | None = None
    inputs_after: dict = field(default_factory=dict)
    seconds: float | None = None
    aliases: list = field(default_factory=list)     # [output, input or output] sharing memory
    stale: bool = False     # the outputs are those of the decoy call before (stateful.decoy_first)
    decoy_outputs: object = None    # trusted code only: what its decoy call returned


class ReturnShapeError(TypeError):
    """The learner's function returned a different number of values than the contract says."""


def entry_call(driver, fn_name: str, implementation, entry: tuple, returns: tuple):
    """A function inputs -> outputs dict for one implementation (learner, reference or mistake).

    With a driver (exercise code), its function `fn_name(impl, **inputs)` decides what is
    called and what is reported. Without one, the first entry function is called with the
    case inputs as keyword arguments and its return value is named by `returns`. A
    `protocol` the driver does not define is the ordinary call made twice (stateful.py).
    """
    if driver is not None and hasattr(driver, fn_name):
        fn = getattr(driver, fn_name)
        return lambda inputs: fn(implementation, **inputs)
    if fn_name == "protocol":       # no driver of its own: the plain call, twice (stateful.py)
        from .stateful import repeated_call

        plain = entry_call(driver, "run", implementation, entry, returns)
        return lambda inputs: repeated_call(plain, inputs)
    if driver is not None:
        raise AttributeError(f"the exercise's driver defines no '{fn_name}'")
    name = entry[0]

    def call_entry(inputs: dict) -> dict:
        result = getattr(implementation, name)(**inputs)
        if len(returns) == 1:
            return {returns[0]: result}
        if not isinstance(result, tuple) or len(result) != len(returns):
            got = f"a tuple of {len(result)}" if isinstance(result, tuple) else type(result).__name__
            raise ReturnShapeError(f"{name} must return a tuple of {len(returns)} values "
                                   f"({', '.join(returns)}); it returned {got}")
        return dict(zip(returns, result))
    return call_entry


def fresh_inputs(np, inputs: dict, perturb=None) -> dict:
    """A private deep copy of a case's inputs, with the same memory layouts.

    `perturb` = (name, flat index, delta) shifts one element, for finite differences.
    """
    from .layout import layout_of, with_layout

    fresh = {name: _copy(np, value) for name, value in inputs.items()}
    for name, value in inputs.items():
        if isinstance(value, np.ndarray):
            fresh[name] = with_layout(fresh[name], layout_of(value))
    if perturb:
        name, flat, delta = perturb
        array = np.array(fresh[name], dtype=np.float64, order="C", copy=True)
        array.reshape(-1)[flat] += delta
        fresh[name] = array
    return fresh


def _copy(np, value):
    if isinstance(value, np.ndarray):
        return np.array(value, copy=True)
    if isinstance(value, dict):
        return {k: _copy(np, v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_copy(np, v) for v in value)
    return value


def aliases(np, inputs: dict, outputs) -> list:
    """[output name, what it shares memory with] for each returned array that is an input
    (or a view of one) or another returned array: what `new_arrays` refuses. Found where the
    call ran, since memory does not survive the trip to the parent. Arrays in a returned
    list are named `name[i]`."""
    if not isinstance(outputs, dict):
        return []
    arrays, sources = _named_arrays(np, outputs), _named_arrays(np, inputs)
    found = [[o, i] for o, out in arrays.items() for i, x in sources.items() if np.shares_memory(out, x)]
    names = list(arrays)
    found += [[a, b] for k, a in enumerate(names) for b in names[k + 1:] if np.shares_memory(arrays[a], arrays[b])]
    return found


def _named_arrays(np, values: dict) -> dict:
    named = {}
    for name, value in values.items():
        items = enumerate(value) if isinstance(value, (list, tuple)) else [(None, value)]
        for i, item in items:
            if isinstance(item, np.ndarray) and item.size:
                named[name if i is None else f"{name}[{i}]"] = item
    return named


DECOY_SECONDS = 2.0     # a decoy call that takes longer is stopped and forgotten


class DecoyTimeUp(BaseException):
    """Raised into a decoy call that ran out of time (a BaseException: a learner's `except
    Exception` around a loop does not swallow it)."""


def decoy_if_asked(np, call: dict, function, inputs: dict, errstate):
    """A call the plan marks `decoy` is made after one on a sibling case in the same arrays
    (stateful.decoy_first), outside the timing; returns what the decoy returned, or None.
    The decoy's warnings and printing are silenced: the learner sees only what the reported
    call did. It gets at most DECOY_SECONDS: a sibling case is not always a valid one (a
    list of merges reversed can refer to itself), and a right program that loops on it must
    not lose its grade to the time limit."""
    if not call.get("decoy"):
        return None
    import contextlib
    import io
    import warnings

    from .stateful import decoy_first

    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()), np.errstate(**errstate_for(errstate, quiet=True)), \
                _at_most(DECOY_SECONDS):
            warnings.simplefilter("ignore")
            return decoy_first(function, inputs)
    except DecoyTimeUp:
        return None


def _at_most(seconds: float):
    """Raise DecoyTimeUp in the block after `seconds` of wall time (SIGALRM). Not armed off the
    main thread or under a timer already running (the mutation stage's): then unbounded."""
    import contextlib
    import signal
    import threading

    @contextlib.contextmanager
    def limited():
        if threading.current_thread() is not threading.main_thread() or signal.getitimer(signal.ITIMER_REAL)[0]:
            yield
            return

        def up(_signum, _frame):
            raise DecoyTimeUp()
        previous = signal.signal(signal.SIGALRM, up)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return limited()


def is_stale(decoy, outputs) -> bool:
    """The reported outputs are exactly the decoy call's: the answer kept from the call before.
    A driver's `rule: ...` outputs are left out (a rule about how the rng was used differs
    for a memo whose second call draws nothing)."""
    from .contract import values_only
    from .stateful import same_result

    return decoy is not None and same_result(values_only(decoy), values_only(outputs))


def errstate_for(errstate: str | None, quiet: bool = False) -> dict:
    """NumPy error handling for a case. `quiet` (trusted code in the parent): what is not
    raised is ignored, so a mistake's overflow does not print warnings into an author's terminal."""
    if errstate == "raise":
        return dict(RAISE_ERRSTATE, under="ignore") if quiet else RAISE_ERRSTATE
    return {"all": "ignore"} if quiet else {}


def call_inputs(call: dict, cases) -> tuple:
    """(inputs, errstate) of a call: its case's, or its own (`own`: inputs drawn for this call
    alone, such as the speed check's fresh draws)."""
    if "own" in call:
        return call["own"]["inputs"], call["own"]["errstate"]
    case = cases[call["case"]]
    return (case.sent, case.errstate) if hasattr(case, "sent") else (case["inputs"], case["errstate"])


def run_trusted(np, call_for, cases, calls) -> list:
    """Execute calls in this process, for trusted code (the reference, a mistake).

    `call_for(fn_name)` gives the function inputs -> outputs. Mirrors the sandbox child,
    so a mistake is judged exactly as a learner's code would be.
    """
    import time

    outcomes = []
    for call in calls:
        sent, errstate = call_inputs(call, cases)
        function, best = call_for(call["fn"]), float("inf")
        try:
            for _ in range(call.get("repeat", 1)):
                inputs = fresh_inputs(np, sent, call.get("perturb"))
                decoy = decoy_if_asked(np, call, function, inputs, errstate)
                started = time.perf_counter()
                with np.errstate(**errstate_for(errstate, quiet=True)):
                    outputs = function(inputs)
                best = min(best, time.perf_counter() - started)
        except Exception as err:    # noqa: BLE001 - a mistake may well raise; that is its outcome
            outcomes.append(CallOutcome(error={"type": type(err).__name__, "message": str(err),
                                               "line": None, "traceback": ""}))
            continue
        after = {n: inputs[n] for n in call.get("report_inputs", []) if n in inputs}
        outcomes.append(CallOutcome(outputs=outputs, inputs_after=after, seconds=best,
                                    aliases=aliases(np, inputs, outputs), stale=is_stale(decoy, outputs),
                                    decoy_outputs=decoy))
    return outcomes
