"""The course: which exercises exist, in which topics, and what opens what.

Reads the headers of every exercise file (id, title, topic, order, requires) from the
built-in folder and any instructor folders, plus each folder's `topics.yaml`. A broken
file is kept as an error and never stops the others from loading. Full exercises are
loaded only when needed (`exercise(id)`), so light commands such as `status` do not pay
for parsing and compiling sixty exercises.

Opening rule: a topic opens once every topic it requires is passed (all its exercises);
inside a topic exercises open in order; an exercise's own `requires` (any exercise ids,
e.g. an instructor's exercise that needs `softmax`) must be passed too.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ExerciseFileError, UnknownExercise
from .model import Exercise, Topic

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Entry:
    """An exercise's header: enough to place it in the course without loading it."""

    id: str
    title: str
    topic: str
    order: int
    requires: tuple[str, ...]
    path: str


def exercise_dirs(extra: str | None = None) -> list[Path]:
    """The built-in exercises, then the folders of MLFUN_EXERCISES (separated like PATH)."""
    from mlfun.exercises import BUILTIN_DIR

    dirs = [BUILTIN_DIR]
    for part in (extra if extra is not None else os.environ.get("MLFUN_EXERCISES", "")).split(os.pathsep):
        if part.strip():
            dirs.append(Path(part).expanduser().resolve())
    return dirs


class Catalog:
    def __init__(self, entries: list[Entry], topics: list[Topic], errors: list[ExerciseFileError]):
        self.topics = {t.name: t for t in topics}
        for entry in entries:                 # a topic nobody declared: no topic prerequisites
            self.topics.setdefault(entry.topic, Topic(entry.topic, entry.topic, 1000, ()))
        rank = {name: (t.order, name) for name, t in self.topics.items()}
        self.entries = sorted(entries, key=lambda e: (rank[e.topic], e.order, e.id))
        self.by_id = {e.id: e for e in self.entries}
        self.by_topic: dict[str, list[Entry]] = {}
        for entry in self.entries:
            self.by_topic.setdefault(entry.topic, []).append(entry)
        self.errors = errors
        self._loaded: dict[str, Exercise] = {}
        self._states: dict[frozenset, dict[str, str]] = {}

    @classmethod
    def load(cls, dirs: list[Path] | None = None) -> "Catalog":
        entries, topics, errors, seen = [], [], [], {}
        cache = _HeaderCache.open()
        for folder in dirs or exercise_dirs():
            topics += _read_topics(folder, errors)
            for path in sorted(folder.rglob("*.yaml")):
                if path.name == "topics.yaml":
                    continue
                try:
                    entry = cache.entry(path)
                except ExerciseFileError as err:
                    errors.append(err)
                    continue
                if entry.id in seen:
                    errors.append(ExerciseFileError(str(path), None, f"the id '{entry.id}' is already used by "
                                                    f"{seen[entry.id]}", "give every exercise its own id"))
                    continue
                seen[entry.id] = str(path)
                entries.append(entry)
        cache.save()
        return cls(entries, _merge_topics(topics), errors)

    # -- looking things up -------------------------------------------------------------

    def entry(self, exercise_id: str) -> Entry:
        if exercise_id not in self.by_id:
            for error in self.errors:
                if Path(error.path).stem == exercise_id:
                    raise error                  # the exercise exists but its file is broken: say how
            raise UnknownExercise(exercise_id, difflib.get_close_matches(exercise_id, list(self.by_id), n=3))
        return self.by_id[exercise_id]

    def exercise(self, exercise_id: str) -> Exercise:
        """The full, validated exercise (loaded once)."""
        if exercise_id not in self._loaded:
            from .loader import load_exercise

            self._loaded[exercise_id] = load_exercise(self.entry(exercise_id).path)
        return self._loaded[exercise_id]

    def in_topic(self, topic: str) -> list[Entry]:
        return self.by_topic.get(topic, [])

    # -- the prerequisite graph ----------------------------------------------------------

    def blockers(self, exercise_id: str, passed: set) -> list[str]:
        """What must be passed before this exercise opens, in words (empty: it is open), the same
        for every command and the server: each topic its topic requires, with the count and
        names of that topic's *own* exercises left (what that topic needs in turn is said by
        its own exercises), then the earlier exercises of the same topic and the exercise's own
        requirements."""
        entry = self.entry(exercise_id)
        needs = []
        for topic in self.topics[entry.topic].requires if entry.topic in self.topics else ():
            missing = self.topic_missing(topic, passed)
            own = [e.id for e in self.in_topic(topic) if e.id not in passed]
            if own:
                needs.append(f"the topic {topic} ({len(own)} of its {len(self.in_topic(topic))} "
                             f"exercises left: {', '.join(own)})")
            elif missing:
                needs.append(f"the topic {topic} (what it requires: {', '.join(missing)})")
        for earlier in self.in_topic(entry.topic):
            if earlier.id == exercise_id:
                break
            if earlier.id not in passed:
                needs.append(earlier.id)
        needs += [r for r in entry.requires if r not in passed and r not in needs]
        return needs

    def topic_missing(self, topic: str, passed: set, seen: frozenset = frozenset()) -> list[str]:
        """Exercises left before `topic` counts as passed: its own, and those of the topics it needs
        (so an empty topic is passed only once what it requires is)."""
        missing = [e.id for e in self.in_topic(topic) if e.id not in passed]
        for required in self.topics[topic].requires if topic in self.topics else ():
            if required not in seen:
                missing += [m for m in self.topic_missing(required, passed, seen | {topic}) if m not in missing]
        return missing

    def state(self, exercise_id: str, passed: set) -> str:
        if exercise_id in passed:
            return "passed"
        return "locked" if self.blockers(exercise_id, passed) else "open"

    def states(self, passed: set) -> dict[str, str]:
        """Every exercise's state; kept for the last few hundred sets of passed exercises, since a
        grading worker asks twice per grade and most learners share their early sets."""
        key = frozenset(passed)
        found = self._states.get(key)
        if found is None:
            if len(self._states) > 512:
                self._states.clear()
            found = self._states[key] = {e.id: self.state(e.id, passed) for e in self.entries}
        return dict(found)

    def next_open(self, passed: set) -> Entry | None:
        for entry in self.entries:
            if self.state(entry.id, passed) == "open":
                return entry
        return None

    def newly_opened(self, before: set, after: set) -> list[str]:
        old = self.states(before)
        return [i for i, s in self.states(after).items() if s == "open" and old[i] == "locked"]

    def validate_graph(self) -> list[str]:
        """Problems with the prerequisite graph: dangling ids, unknown topics, cycles."""
        problems = []
        for entry in self.entries:
            problems += [f"{entry.id} requires '{r}', which is no exercise" for r in entry.requires
                         if r not in self.by_id]
        for topic in self.topics.values():
            problems += [f"topic {topic.name} requires the topic '{r}', which does not exist"
                         for r in topic.requires if r not in self.topics]
        cycle = self._cycle()
        if cycle:
            problems.append("the prerequisites form a cycle: " + " -> ".join(cycle))
        return problems

    def _edges(self, exercise_id: str) -> list[str]:
        entry = self.by_id[exercise_id]
        edges = [r for r in entry.requires if r in self.by_id]
        for topic in self.topics[entry.topic].requires:
            edges += [e.id for e in self.in_topic(topic)]
        siblings = self.in_topic(entry.topic)
        position = [e.id for e in siblings].index(exercise_id)
        return edges + ([siblings[position - 1].id] if position else [])

    def _cycle(self) -> list[str] | None:
        color, stack = {}, []

        def visit(node):
            color[node] = 1
            stack.append(node)
            for nxt in self._edges(node):
                if color.get(nxt) == 1:
                    return stack[stack.index(nxt):] + [nxt]
                if nxt not in color:
                    found = visit(nxt)
                    if found:
                        return found
            color[node] = 2
            stack.pop()
            return None

        for entry in self.entries:
            if entry.id not in color:
                found = visit(entry.id)
                if found:
                    return found
        return None


def read_entry(path: Path) -> Entry:
    """The header of one exercise file; a broken file raises with its file and line."""
    from .loader import load_header

    data = load_header(path)
    return Entry(data["id"], data["title"], data["topic"], data.get("order", 0),
                 tuple(data.get("requires", ())), str(path))


class _HeaderCache:
    """Exercise headers keyed by file path, size and modification time, kept between runs.

    Parsing sixty YAML files costs more than the rest of `mlfun status`; a changed file is
    simply parsed again. The cache lives in the user's cache folder and is only a cache:
    if it cannot be read or written, everything still works.
    """

    def __init__(self, path: Path | None, data: dict):
        self.path, self.data, self.dirty = path, data, False

    @classmethod
    def open(cls) -> "_HeaderCache":
        import json

        folder = os.environ.get("MLFUN_CACHE") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "mlfun")
        path = Path(folder) / "headers-v2.json"
        try:
            return cls(path, json.loads(path.read_text()))
        except (OSError, ValueError):
            return cls(path, {})

    def entry(self, path: Path) -> Entry:
        stat = path.stat()
        key, stamp = str(path), [stat.st_size, stat.st_mtime_ns]
        cached = self.data.get(key)
        if cached and cached[0] == stamp:
            return Entry(*cached[1][:4], tuple(cached[1][4]), cached[1][5])
        entry = read_entry(path)
        self.data[key] = [stamp, [entry.id, entry.title, entry.topic, entry.order, list(entry.requires), entry.path]]
        self.dirty = True
        return entry

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        import json

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(self.data))
            os.replace(temporary, self.path)        # atomic: concurrent runs never see half a file
        except OSError:
            pass


def _read_topics(folder: Path, errors: list) -> list[Topic]:
    path = folder / "topics.yaml"
    if not path.is_file():
        return []
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        return [Topic(t["name"], t.get("title", t["name"]), int(t.get("order", 100)), tuple(t.get("requires", ())))
                for t in data.get("topics", [])]
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as err:
        mark = getattr(err, "problem_mark", None)
        errors.append(ExerciseFileError(str(path), mark.line + 1 if mark else None,
                                        f"is not a valid topics file: {err}",
                                        "each topic needs name, title, order and requires"))
        return []


def _merge_topics(topics: list[Topic]) -> list[Topic]:
    """An instructor's topics.yaml may add topics, or extend a built-in topic's requirements."""
    merged: dict[str, Topic] = {}
    for topic in topics:
        if topic.name in merged:
            old = merged[topic.name]
            topic = Topic(old.name, old.title, old.order, tuple(dict.fromkeys(old.requires + topic.requires)))
        merged[topic.name] = topic
    return list(merged.values())
