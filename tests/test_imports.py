"""grader/ has no import circles: each module can be read knowing only those it imports."""
from __future__ import annotations

import ast
from pathlib import Path

GRADER = Path(__file__).resolve().parent.parent / "grader"


def _imports(path: Path) -> set[str]:
    """The sibling modules a module imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
    return found


def test_grader_modules_import_no_circle():
    edges = {p.stem: _imports(p) for p in GRADER.glob("*.py")}

    def reachable(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt in edges and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    circles = sorted(m for m in edges if m in reachable(m))
    assert not circles, f"modules on an import circle: {circles}"
