"""Finding the learner's workspace, the way git finds a repository.

MLFUN_WORKSPACE names it outright. Otherwise mlfun walks up from the current directory
looking for a `.mlfun/` folder; failing that it uses ~/mlfun, created on first use (and
the caller announces it).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Workspace:
    root: Path
    created: bool = False

    @property
    def state_dir(self) -> Path:
        return self.root / ".mlfun"

    def file_for(self, topic: str, module: str) -> Path:
        return self.root / topic / f"{module}.py"

    def restore_starter(self, path: Path, starter: str, exercise_id: str) -> Path | None:
        """Write the starter at `path`; the learner's file is first copied to .mlfun/backups/."""
        import time

        backup = None
        if path.exists():
            backups = self.state_dir / "backups"
            backups.mkdir(parents=True, exist_ok=True)
            backup = backups / f"{exercise_id}-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**6}.py"
            backup.write_bytes(path.read_bytes())
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(starter, encoding="utf-8")
        return backup


    def statement_for(self, path: Path) -> Path:
        """The statement kept beside an exercise's file: softmax.py -> softmax.md."""
        return path.with_suffix(".md")

    def write_statement(self, path: Path, title: str, exercise_id: str, statement: str) -> None:
        """Keep the exercise's statement as Markdown beside its file, rewritten only when it changed
        (a new version of the exercise), so the learner's editor shows what to implement."""
        target = self.statement_for(path)
        text = (f"# {title}\n\n<!-- mlfun {exercise_id}: kept current by mlfun, which rewrites this file "
                f"when the exercise changes; keep your notes elsewhere -->\n\n{statement.rstrip()}\n")
        try:
            if target.exists() and target.read_text(encoding="utf-8") == text:
                return
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError:
            pass        # the statement is a convenience; `mlfun show` always has it

    @property
    def _started_file(self) -> Path:
        return self.state_dir / "started.json"

    def started(self) -> dict[str, int]:
        """Exercise id -> when `mlfun next` (or reset) last chose it, in ns since the epoch."""
        import json

        try:
            return json.loads(self._started_file.read_text())
        except (OSError, ValueError):
            return {}

    def mark_started(self, exercise_id: str) -> None:
        import json
        import time

        found = self.started()
        found[exercise_id] = time.time_ns()
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self._started_file.write_text(json.dumps(found))


def find_workspace(cwd: Path | None = None) -> Workspace:
    named = os.environ.get("MLFUN_WORKSPACE")
    if named:
        root = Path(named).expanduser().resolve()
        (root / ".mlfun").mkdir(parents=True, exist_ok=True)
        return Workspace(root)
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".mlfun").is_dir():
            return Workspace(folder)
    return _default(Path.home() / "mlfun")


def _default(root: Path) -> Workspace:
    """~/mlfun, created on first use; `created` tells the caller to announce it."""
    created = not (root / ".mlfun").is_dir()
    (root / ".mlfun").mkdir(parents=True, exist_ok=True)
    return Workspace(root, created)
