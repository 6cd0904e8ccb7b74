"""What an instructor needs first about a cohort: which exercises hold learners back, which
learners are stuck, and a roster that sorts, filters and pages, for 200 to 3,000 learners.

Figures come from a few aggregate queries (never one per learner) plus the Grid of
cohort.py, so the dashboard, the JSON API and the CLI read the same numbers.

A learner is *stuck* when they made STUCK_ATTEMPTS or more attempts at the exercise they last
attempted without passing it, or did nothing (no attempt, no hint) for INACTIVE_DAYS days
while exercises are left. Both thresholds are plain constants: a course with hard
exercises may want more.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from . import schema

STUCK_ATTEMPTS = 5
INACTIVE_DAYS = 3
PAGE_SIZE = 100
SORTS = ("learner", "passed", "attempts", "last_activity", "last_attempted")
STATES = ("all", "stuck", "inactive")


@dataclass(frozen=True)
class Activity:
    """A learner's latest doings: any attempt or hint, and their latest counted attempt."""
    last_activity: datetime | None
    last_attempted: str | None


def activity(engine, cohort_id: int) -> dict[int, Activity]:
    """learner id -> Activity, in two aggregate queries over the whole cohort."""
    p, a, learner = schema.progress, schema.attempt, schema.learner
    touched = (select(p.c.learner_id, func.max(p.c.updated_at).label("at"))
               .join(learner, learner.c.id == p.c.learner_id).where(learner.c.cohort_id == cohort_id)
               .group_by(p.c.learner_id))
    latest = (select(func.max(a.c.id).label("id")).join(learner, learner.c.id == a.c.learner_id)
              .where(learner.c.cohort_id == cohort_id, a.c.graded.is_(True), a.c.kind == "submit")
              .group_by(a.c.learner_id).subquery())
    attempted = select(a.c.learner_id, a.c.exercise_id).join(latest, latest.c.id == a.c.id)
    with engine.connect() as conn:
        last_at = {r.learner_id: r.at for r in conn.execute(touched)}
        last_ex = {r.learner_id: r.exercise_id for r in conn.execute(attempted)}
    return {who: Activity(last_at.get(who), last_ex.get(who)) for who in set(last_at) | set(last_ex)}


_MISTAKES = {   # learners per (exercise, diagnosed mistake), unnesting the diagnosis JSON in the database
    "postgresql": """SELECT a.exercise_id, d.value ->> 'mistake' AS mistake, count(DISTINCT a.learner_id) AS learners
                     FROM attempt a JOIN learner l ON l.id = a.learner_id
                     CROSS JOIN LATERAL json_array_elements(a.diagnosis) AS d(value)
                     WHERE l.cohort_id = :cohort AND NOT a.passed GROUP BY 1, 2""",
    "sqlite": """SELECT a.exercise_id, json_extract(d.value, '$.mistake') AS mistake,
                 count(DISTINCT a.learner_id) AS learners
                 FROM attempt a JOIN learner l ON l.id = a.learner_id, json_each(a.diagnosis) AS d
                 WHERE l.cohort_id = :cohort AND NOT a.passed GROUP BY 1, 2""",
}


def mistake_counts(engine, cohort_id: int) -> dict[str, dict[str, int]]:
    """exercise -> diagnosed mistake -> how many learners made it (in one aggregate query: at 3,000
    learners, decoding every failed attempt's JSON in Python took 1.8 s)."""
    from sqlalchemy import text

    found: dict = {}
    with engine.connect() as conn:
        for r in conn.execute(text(_MISTAKES[engine.dialect.name]), {"cohort": cohort_id}):
            if r.mistake is not None:
                found.setdefault(r.exercise_id, {})[r.mistake] = r.learners
    return found


def latest_passing(engine, cohort_id: int, exercise_id: str) -> list:
    """Each learner's latest passing attempt at one exercise: (learner_id, name, attempt id, source)."""
    a, learner = schema.attempt, schema.learner
    latest = (select(func.max(a.c.id).label("id")).join(learner, learner.c.id == a.c.learner_id)
              .where(learner.c.cohort_id == cohort_id, a.c.exercise_id == exercise_id, a.c.passed.is_(True),
                     a.c.kind == "submit")
              .group_by(a.c.learner_id).subquery())
    query = (select(a.c.learner_id, learner.c.name, a.c.id, a.c.source).join(latest, latest.c.id == a.c.id)
             .join(learner, learner.c.id == a.c.learner_id).order_by(a.c.id))
    with engine.connect() as conn:
        return list(conn.execute(query))


def _aware(when: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare them alike."""
    return when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when


def stuck(row: dict, last_activity: datetime | None, joined: datetime | None, now: datetime) -> tuple | None:
    """Why a roster row's learner needs a look: ("attempts" or "inactive", in words), or None."""
    if row["passed"] == row["of"]:
        return None
    if row["attempts_without_pass"] >= STUCK_ATTEMPTS:
        return "attempts", f"{row['attempts_without_pass']} attempts at {row['last_attempted']} without a pass"
    since = _aware(last_activity or joined)
    if since is not None and now - since >= timedelta(days=INACTIVE_DAYS):
        days = (now - since).days
        return "inactive", (f"inactive for {days} days" if last_activity else
                            f"nothing done in the {days} days since joining")
    return None


def needs_attention(summaries: list[dict]) -> list[dict]:
    """The exercises somebody attempted, worst first. "Worst" is the pass rate among the learners
    who reached them, judged by the upper end of its 95% Wilson interval: 0 of 1 is a guess and
    ranks after 16 of 76, which is surely low. Ties: more learners still failing first."""
    tried = [s for s in summaries if s["tried"]]
    return sorted(tried, key=lambda s: (_wilson_upper(s["passed"], s["reached"]), -(s["tried"] - s["passed"]),
                                        s["exercise"]))


def _wilson_upper(passed: int, of: int, z: float = 1.96) -> float:
    """The upper end of the Wilson score interval of passed/of: the pass rate it could still be."""
    if of == 0:
        return 1.0
    rate = passed / of
    centre = rate + z * z / (2 * of)
    spread = z * ((rate * (1 - rate) + z * z / (4 * of)) / of) ** 0.5
    return (centre + spread) / (1 + z * z / of)


@dataclass(frozen=True)
class RosterQuery:
    """What the instructor asked of the roster: ?sort=last_activity&order=desc&q=ada&state=stuck&page=2."""
    sort: str = "learner"
    order: str = "asc"
    q: str = ""
    state: str = "all"
    page: int = 1

    @classmethod
    def of(cls, sort: str | None, order: str | None, q: str | None, state: str | None, page: int | None):
        """Unknown values fall back to the defaults, so a hand-edited address still shows a roster."""
        return cls(sort if sort in SORTS else "learner", "desc" if order == "desc" else "asc",
                   " ".join((q or "").split())[:200], state if state in STATES else "all",
                   max(1, min(page or 1, 10_000)))


@dataclass(frozen=True)
class RosterPage:
    rows: list[dict]
    matching: int          # rows that pass the filter, on every page
    page: int
    pages: int


def roster_page(rows: list[dict], query: RosterQuery, size: int = PAGE_SIZE) -> RosterPage:
    """Filter (name contains q, any case; stuck or inactive only), sort, and cut one page."""
    wanted = query.q.casefold()
    chosen = [r for r in rows if wanted in r["learner"].casefold() and _in_state(r, query.state)]
    present = [r for r in chosen if r[query.sort] is not None]
    absent = [r for r in chosen if r[query.sort] is None]          # never active: always after the rest
    present.sort(key=lambda r: (_sortable(r[query.sort]), r["learner"].casefold()), reverse=query.order == "desc")
    ordered = present + sorted(absent, key=lambda r: r["learner"].casefold())
    pages = max(1, -(-len(ordered) // size))
    page = min(query.page, pages)
    return RosterPage(ordered[(page - 1) * size: page * size], len(ordered), page, pages)


def _sortable(value):
    return value.casefold() if isinstance(value, str) else value


def _in_state(row: dict, state: str) -> bool:
    if state == "stuck":
        return row["stuck"] is not None
    if state == "inactive":
        return row["stuck_kind"] == "inactive"
    return True
