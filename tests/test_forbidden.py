"""Forbidden names are found in the learner's source, and ordinary variables are not; names
built at run time are refused where anything is forbidden; the sandbox's run-time guard
refuses forbidden NumPy names to the learner without breaking NumPy's own use of them."""
import dataclasses
import json
import subprocess
import sys
import types

import numpy as np
import pytest

from mlfun.grader.forbidden import forbidden_uses
from mlfun.grader.grade import grade, static_problem
from mlfun.grader.guard import ForbiddenError, learner_view
from mlfun.grader.lookup import dynamic_lookups

MATMUL = ["np.matmul", "np.dot", "@", "np.einsum", "np.inner", "np.outer", "np.linalg.*"]


def test_dotted_names_are_caught_as_attributes_and_imports():
    source = "import numpy as np\nfrom numpy import dot\ndef f(a, b):\n    return a.dot(b) + np.inner(a, b)\n"
    assert forbidden_uses(source, MATMUL) == [(2, "np.dot"), (4, "np.dot"), (4, "np.inner")]


def test_the_operator_and_module_wildcards():
    source = "import numpy as np\ndef f(a, b):\n    c = a @ b\n    c @= b\n    return np.linalg.norm(c)\n"
    assert forbidden_uses(source, MATMUL) == [(3, "@"), (4, "@"), (5, "np.linalg.*")]


def test_a_variable_named_like_a_dotted_entry_is_fine():
    source = "def matmul(a, b):\n    rows, inner = a.shape\n    outer = 2\n    dot = 0.0\n    return dot\n"
    assert forbidden_uses(source, MATMUL) == []


def test_bare_entries_match_plain_names_too():
    source = "import math\ndef f(x):\n    total = sum(x)\n    return float(total) + x.sum()\n"
    assert forbidden_uses(source, ["sum", "float", "math"]) == [(1, "math"), (3, "sum"), (4, "float"), (4, "sum")]


def test_a_literal_getattr_is_matched_like_an_attribute():
    source = "def f(p, n, rng):\n    return getattr(rng, 'choice')(len(p), n)\n"
    assert forbidden_uses(source, ["rng.choice"]) == [(2, "rng.choice")]


# --- dynamic lookup (lookup.py) ---------------------------------------------------------

LOOKUPS = {
    "getattr(rng, 'ch' + 'oice')": "getattr() with a computed attribute name",
    "hasattr(np, name)": "hasattr() with a computed attribute name",
    "operator.attrgetter('dot')(np)": "operator.attrgetter",
    "from operator import methodcaller": "operator.methodcaller",
    "vars(np)['dot']": "vars()",
    "np.__dict__['dot']": "__dict__",
    "type(np).__getattribute__(np, 'dot')": "__getattribute__",
    "globals()['np']": "globals()",
    "eval('np.d' + 'ot')": "eval()",
    "__import__('numpy.linalg')": "__import__()",
    "import importlib": "importlib",
    "from importlib import import_module": "importlib",
    "__builtins__['getattr']": "__builtins__",
    "import numpy.random._generator": "numpy.random._generator is a private NumPy module",
    "from numpy.core import _multiarray_umath": "numpy.core is a private NumPy module",
    "from numpy import _core": "numpy._core is a private NumPy module",
}


def test_every_route_from_a_string_to_a_name_is_refused():
    for line, why in LOOKUPS.items():
        found = dynamic_lookups(f"import numpy as np\n{line}\n")
        assert any(at == 2 and why in said for at, said in found), (line, found)


def test_literal_lookups_and_plain_code_are_not_dynamic():
    source = ("import numpy as np\nimport numpy.linalg\nfrom numpy.random import default_rng\n"
              "def f(x, rng):\n    return getattr(np, 'cumsum')(x) + rng.random(3), hasattr(x, 'shape')\n")
    assert dynamic_lookups(source) == []


def test_dynamic_lookup_is_refused_only_where_names_are_forbidden(catalog):
    source = "import numpy as np\ndef softmax(x, axis=-1):\n    e = getattr(np, 'e' + 'xp')(x)\n    return e\n"
    free = catalog.exercise("softmax")
    assert static_problem(free, source.encode()) is None
    problem = static_problem(dataclasses.replace(free, forbidden=("np.dot",)), source.encode())
    assert "line 3: getattr() with a computed attribute name" in problem
    assert "forbidden names must not be reachable through dynamic lookup" in problem.lower()


# --- the run-time guard (guard.py) ------------------------------------------------------

LEARNER = '''
import sys
import numpy as np

def legit(x):
    return [float(v) for v in (np.nansum(x), np.mean(x), x.std(), np.var(x), np.median(x),
                               np.percentile(x, 50), np.cumsum(x)[-1], np.linalg.norm(x))]

ROUTES = {
    "attribute": lambda x: np.sum(x),
    "sys.modules": lambda x: sys.modules["numpy"].add(x, x),
    "vars": lambda x: vars(np)["sum"](x),
    "private module": lambda x: np._core.umath.add(x, x),
    "alias": lambda x: np.core.umath.add(x, x),
}
'''

DRIVER = '''
import json, sys
import numpy as np
from mlfun.grader.guard import ForbiddenError, guard_numpy
guard_numpy(np, ["np.add", "np.sum"])
import learner
x = np.arange(1.0, 6.0)
report = {"legit": learner.legit(x)}
for name, route in learner.ROUTES.items():
    try:
        route(x)
        report[name] = "allowed"
    except ForbiddenError as err:
        report[name] = str(err)
print(json.dumps(report))
'''


def test_the_guard_refuses_the_learner_and_keeps_numpy_internals_working(tmp_path):
    """np.nansum, np.mean and np.median use np.sum and np.add.reduce inside NumPy."""
    (tmp_path / "learner.py").write_text(LEARNER)
    (tmp_path / "run.py").write_text(DRIVER)
    done = subprocess.run([sys.executable, "run.py"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["legit"] == [15.0, 3.0, 2.0 ** 0.5, 2.0, 3.0, 3.0, 15.0, 55.0 ** 0.5]
    assert "np.sum is not allowed in this exercise (reached as numpy.sum)" in report["attribute"]
    assert "np.add is not allowed" in report["sys.modules"]
    assert "namespace of numpy is not allowed" in report["vars"]
    assert "reached as numpy._core.umath.add" in report["private module"]
    assert "np.add is not allowed" in report["alias"]


def test_a_generator_handed_to_the_learner_refuses_forbidden_methods():
    learner = types.ModuleType("learner")
    exec("def draw(rng):\n    return rng.random(3)\ndef pick(rng):\n    return rng.choice(3)\n",
         learner.__dict__)
    view = learner_view(learner, np, ["np.random.choice", "rng.choice"])
    assert np.array_equal(view.draw(np.random.default_rng(7)), np.random.default_rng(7).random(3))
    with pytest.raises(ForbiddenError, match=r"rng.choice \(rng.choice\) is not allowed"):
        view.pick(np.random.default_rng(7))
    assert learner_view(learner, np, ["np.dot"]) is learner      # nothing to guard


def test_allowed_numpy_passes_where_np_add_and_np_sum_are_forbidden(catalog):
    """The issue's regression, through the sandbox: np.nansum inside NumPy uses np.add.reduce."""
    exercise = dataclasses.replace(catalog.exercise("softmax"), forbidden=("np.add", "np.sum"))
    source = ("import numpy as np\n\ndef softmax(x, axis=-1):\n"
              "    e = np.exp(x - np.max(x, axis=axis, keepdims=True))\n"
              "    return e / np.nansum(e, axis=axis, keepdims=True)\n")
    result = grade(exercise, source, 3)
    assert result.passed, [c.message for c in result.checks if not c.passed]


def test_a_module_wildcard_refuses_the_module_not_a_method_of_the_same_name():
    """`np.random.*` forbids NumPy's global random state: `np.random.rand`, `from numpy.random
    import ...`, `getattr(np, "random")`; a Generator's own `rng.random()` is what the contract
    asks for and must not be refused for its name."""
    wildcard = ["np.random.*"]
    assert forbidden_uses("def f(rng):\n    return rng.random(3)\n", wildcard) == []
    for source in ("import numpy as np\nx = np.random.rand(3)\n", "from numpy.random import rand\n",
                   "import numpy as np\nr = getattr(np, 'random')\n", "import numpy.random as r\n"):
        assert forbidden_uses(source, wildcard), source
