"""`mlfun author new`: a complete, commented exercise that `author check` proves as written.

The scaffold is a small real exercise (scale a vector), so an instructor starts from
something that works and changes it piece by piece, re-running `mlfun author check`.
"""
from __future__ import annotations

from pathlib import Path

from mlfun.grader.errors import MlfunError

YAML = """\
# An mlfun exercise. Every field is explained in docs/authoring.md.
format_version: 1
id: {id}                      # must equal this file's name
title: Scale a vector          # what the learner sees in `mlfun next` and `mlfun status`
topic: {topic}                 # a topic; add it to topics.yaml in this folder to place it in the course
order: 1                       # position inside the topic
requires: []                   # exercise ids that must be passed first, e.g. [softmax]
statement: |
  Implement `scale(x, factor)`: return `factor * x`, an array of the shape of `x`.

  Say why it matters, give the math with the shape of every array, and one worked
  example: `scale(np.array([1.0, 2.0]), 3.0)` is `[3.0, 6.0]`.
entry: [scale]                 # the names the learner's file must define
module: {module}               # the learner's file is {module}.py
starter: {id}/starter.py
reference: {id}/reference.py
hints:                         # revealed one at a time by `mlfun hint`: a nudge first, the key idea last
  - Multiply every element by the factor.
  - "NumPy broadcasts a number over an array: `factor * x`."
cases:
  public:                      # shown to the learner with the expected output
    - name: a small vector
      inputs: {{x: [1.0, 2.0], factor: 3.0}}
  hidden:                      # drawn from each attempt's seed
    - name: random arrays
      repeat: 4
      dims: {{N: [2, 6], M: [2, 7]}}   # each axis its own size, all different
      inputs:
        x: {{shape: [N, M], normal: 1.0, layout: any}}
        factor: {{uniform: [-3.0, 3.0]}}
checks:
  - close: {{rtol: 1.0e-12, atol: 1.0e-12}}
  - unmodified: [x]
mistakes:
  - id: adds-instead
    code: {id}/adds_instead.py
    hint: >-
      Your result adds the factor to every element instead of multiplying by it:
      scaling stretches each element by the same ratio, factor · x.
limits: {{time: 10, memory_mb: 1024}}
"""

STARTER = '''import numpy as np


def scale(x, factor):
    """Return factor * x, an array of x's shape; x is left unchanged."""
    raise NotImplementedError("scale")
'''

REFERENCE = '''import numpy as np


def scale(x, factor):
    return factor * x
'''

MISTAKE = '''import numpy as np


def scale(x, factor):
    return x + factor
'''


def scaffold(folder: Path, exercise_id: str, topic: str) -> list[Path]:
    target = folder / topic / f"{exercise_id}.yaml"
    code = folder / topic / exercise_id
    if target.exists() or code.exists():
        raise MlfunError(f"{target} already exists", "choose another id, or edit the existing exercise")
    code.mkdir(parents=True)
    module = exercise_id.replace("-", "_")
    target.write_text(YAML.format(id=exercise_id, topic=topic, module=module))
    files = {"starter.py": STARTER, "reference.py": REFERENCE, "adds_instead.py": MISTAKE}
    for name, text in files.items():
        (code / name).write_text(text)
    return [target] + [code / name for name in files]
