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
