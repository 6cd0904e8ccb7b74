"""A fresh learner walks the whole course in prerequisite order, submitting each reference,
and ends with every exercise passed: the course opens end to end."""
from __future__ import annotations

from pathlib import Path

from mlfun.cli.course import LocalCourse
from mlfun.cli.workspace import Workspace
from mlfun.grader.launch import Zygote


def test_the_whole_course_opens_end_to_end(tmp_path, catalog):
    course = LocalCourse(Workspace(tmp_path), f"sqlite:///{tmp_path / 'progress.db'}", learner="walker")
    walked = []
    with Zygote() as zygote:
        while True:
            info = course.next()
            if info.exercise is None:
                break
            assert info.exercise not in walked, f"{info.exercise} was offered again after passing"
            assert course.catalog.state(info.exercise, set(walked)) == "open"
            Path(info.file).write_text(catalog.exercise(info.exercise).reference.source)
            submission = course.submit(info.exercise, launcher=zygote)
            assert submission.result.passed, (info.exercise, [c.message for c in submission.result.checks
                                                               if not c.passed])
            walked.append(info.exercise)
    assert sorted(walked) == sorted(e.id for e in catalog.entries)
    assert all(s.state == "passed" for s in course.status())
    # Curriculum IV: status lists the topics in the course's order, the new ones after the old,
    # and the walk meets the language models first at their first exercise, the tokenizer.
    topics = list(dict.fromkeys(s.topic for s in course.status()))
    assert topics == [t.name for t in sorted(catalog.topics.values(), key=lambda t: t.order)], topics
    assert topics[-5:] == ["language-models", "alignment", "evaluation", "generative", "classical-models"]
    first_language_model = next(e for e in walked if catalog.exercise(e).topic == "language-models")
    assert first_language_model == "bpe-train"
    first = walked[0]
    assert first in ("matmul", "logsumexp") or len(catalog.entries) < 10
