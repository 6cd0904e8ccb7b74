"""Finding the line of a value inside a YAML document, for error messages.

Loading uses libyaml's fast loader and keeps no positions; only when a file turns out to
be broken do we compose its node tree once more and walk it to the offending key.
"""
from __future__ import annotations

from typing import Sequence

import yaml


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """The 1-based line of the value at `path` (keys and list indices), or of its nearest parent."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == step:
                    line = key.start_mark.line + 1
                    node = value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line
