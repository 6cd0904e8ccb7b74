"""The prerequisite graph: what opens what, and what makes a course unsound."""
from __future__ import annotations

import textwrap

from mlfun.grader.catalog import Catalog


def exercise(folder, ex_id, topic, order, requires=()):
    (folder / f"{ex_id}.yaml").write_text(textwrap.dedent(f"""\
        id: {ex_id}
        title: {ex_id}
        topic: {topic}
        order: {order}
        requires: {list(requires)}
        """))


def topics(folder, text):
    (folder / "topics.yaml").write_text(textwrap.dedent(text))


def small_course(tmp_path):
    topics(tmp_path, """\
        topics:
          - {name: a, title: A, order: 1, requires: []}
          - {name: b, title: B, order: 2, requires: []}
          - {name: c, title: C, order: 3, requires: [a, b]}
        """)
    exercise(tmp_path, "a1", "a", 1)
    exercise(tmp_path, "a2", "a", 2)
    exercise(tmp_path, "b1", "b", 1)
    exercise(tmp_path, "c1", "c", 1)
    return Catalog.load([tmp_path])


def test_topics_open_in_order_and_exercises_in_sequence(tmp_path):
    course = small_course(tmp_path)
    assert [e.id for e in course.entries] == ["a1", "a2", "b1", "c1"]
    assert course.states(set()) == {"a1": "open", "a2": "locked", "b1": "open", "c1": "locked"}
    assert course.next_open(set()).id == "a1"
    assert course.states({"a1"})["a2"] == "open"


def test_a_topic_opens_only_when_every_required_topic_is_passed(tmp_path):
    course = small_course(tmp_path)
    assert course.state("c1", {"a1", "a2"}) == "locked"
    assert "the topic b" in course.blockers("c1", {"a1", "a2"})[0]
    assert course.state("c1", {"a1", "a2", "b1"}) == "open"
    assert course.newly_opened({"a1", "a2"}, {"a1", "a2", "b1"}) == ["c1"]


def test_exercise_requires_other_exercises(tmp_path):
    course = small_course(tmp_path)
    exercise(tmp_path, "extra", "b", 5, requires=["a2"])
    course = Catalog.load([tmp_path])
    assert course.blockers("extra", {"b1"}) == ["a2"]


def test_cycle_and_dangling_ids_are_reported(tmp_path):
    topics(tmp_path, """\
        topics:
          - {name: x, title: X, order: 1, requires: [y]}
          - {name: y, title: Y, order: 2, requires: [x]}
        """)
    exercise(tmp_path, "x1", "x", 1, requires=["nope"])
    exercise(tmp_path, "y1", "y", 1)
    problems = Catalog.load([tmp_path]).validate_graph()
    assert any("'nope', which is no exercise" in p for p in problems)
    assert any("cycle" in p and "x1" in p and "y1" in p for p in problems)


def test_builtin_course_is_sound(catalog):
    assert catalog.validate_graph() == [] and catalog.errors == []
    first = catalog.next_open(set())
    assert first is not None and catalog.state(first.id, set()) == "open"


def test_duplicate_ids_are_an_error_not_a_crash(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    exercise(tmp_path / "one", "same", "a", 1)
    exercise(tmp_path / "two", "same", "a", 2)
    course = Catalog.load([tmp_path])
    assert len(course.entries) == 1 and "already used" in str(course.errors[0])
