"""Forbidden names are found in the learner's source, and ordinary variables are not."""
from mlfun.grader.forbidden import forbidden_uses

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
