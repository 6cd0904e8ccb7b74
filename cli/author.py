"""The instructor's commands: author grade, check, new, replay."""
from __future__ import annotations

from pathlib import Path

import click

from .app import Env, Exit, json_option, mlfun, pass_env


@mlfun.group()
def author():
    """Tools for instructors: grade a file against any exercise, prove exercises, scaffold one."""


@author.command("grade")
@click.argument("exercise")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--seed", type=int, default=None, help="Grade with this seed (default: a random one).")
@json_option
@pass_env
def author_grade(env: Env, exercise: str, path: Path, seed: int | None):
    """Grade PATH against EXERCISE, open or not, recording nothing."""
    import secrets

    from mlfun.grader.catalog import Catalog
    from mlfun.grader.grade import grade

    from .course import Submission, _read

    result = grade(Catalog.load().exercise(exercise), _read(path, exercise),
                   seed if seed is not None else secrets.randbelow(2 ** 31))
    submission = Submission(result, None, [], path)
    env.report(submission.to_json(), "render_submission", submission)
    return Exit.OK if result.passed else Exit.FAILED


@author.command("check")
@click.argument("targets", nargs=-1)
@click.option("--seeds", type=int, default=20, show_default=True, help="Seeds over which the reference must pass.")
@click.option("--workers", type=int, default=2, show_default=True, help="Exercises checked in parallel.")
@click.option("--mutants", "mutant_share", default="all", show_default=True, metavar="all|none|K/N",
              help="Which exercises get the mutation stage: all, none, or the K-th of N shares (CI rotates K).")
@json_option
@pass_env
def author_check(env: Env, targets: tuple, seeds: int, workers: int, mutant_share: str):
    """Prove exercises: the reference passes, the starter fails, each mistake is diagnosed as itself,
    and the grader fails every small slip of the reference (the mutation stage).

    TARGETS are exercise ids, YAML files or folders (default: every exercise mlfun knows).
    """
    from mlfun.grader.authoring import check_paths
    from mlfun.grader.catalog import Catalog

    catalog = Catalog.load()
    paths = _resolve_targets(catalog, targets)
    reports = check_paths(paths, seeds, workers, _share(paths, mutant_share))
    graph = catalog.validate_graph() + [str(e) for e in catalog.errors if not targets]
    ok = all(r.ok for r in reports) and not graph
    env.report({"ok": ok, "graph": graph, "exercises": [
            {"exercise": r.exercise, "path": r.path, "ok": r.ok, "problems": r.problems, "proved": r.proved,
             "mutation": r.mutation}
            for r in reports]}, "render_check", reports, graph)
    return Exit.OK if ok else Exit.FAILED


def _share(paths: list[str], share: str) -> list[str]:
    """The paths in share `K/N` (every N-th, from the K-th), `all` or `none`."""
    if share in ("all", "none"):
        return list(paths) if share == "all" else []
    try:
        k, n = (int(v) for v in share.split("/"))
    except ValueError:
        raise click.BadParameter(f"expected all, none or K/N (such as 2/6), got {share!r}", param_hint="--mutants")
    if not 0 <= k < n:
        raise click.BadParameter(f"K must be between 0 and N - 1 in K/N, got {share!r}", param_hint="--mutants")
    return [p for i, p in enumerate(sorted(paths)) if i % n == k]


def _resolve_targets(catalog, targets: tuple) -> list[str]:
    """The YAML files to prove. A target that matches none is an error, so that a check which
    proved nothing can never pass."""
    from mlfun.grader.errors import MlfunError

    if not targets:
        return [e.path for e in catalog.entries] + [e.path for e in catalog.errors if e.path.endswith(".yaml")]
    paths = []
    for target in targets:
        found = _target_paths(catalog, target)
        if not found:
            raise MlfunError(f"nothing to prove: no exercise has the id '{target}', and the folder {target} "
                             "holds no .yaml file",
                             "name exercise ids, .yaml files or folders that hold them")
        paths += found
    return paths


def _target_paths(catalog, target: str) -> list[str]:
    """An exercise id first: a topic folder holds each exercise's code folder under the same name
    as its id, so from there the folder would shadow the id and hold no .yaml file at all."""
    if target in catalog.by_id:
        return [catalog.by_id[target].path]
    broken = [e.path for e in catalog.errors if Path(e.path).stem == target and e.path.endswith(".yaml")]
    if broken:                            # an id whose file does not load: check reports why
        return broken
    path = Path(target)
    if path.is_dir():
        return [str(p) for p in sorted(path.rglob("*.yaml")) if p.name != "topics.yaml"]
    if path.suffix == ".yaml":
        return [str(path)]
    return [catalog.entry(target).path]


@author.command("new")
@click.argument("exercise")
@click.option("--topic", default="my-topic", show_default=True, help="The topic the exercise belongs to.")
@click.option("--dir", "folder", type=click.Path(path_type=Path), default=Path("."), show_default=True,
              help="The exercises folder to write into (one of MLFUN_EXERCISES).")
@pass_env
def author_new(env: Env, exercise: str, topic: str, folder: Path):
    """Scaffold a complete, commented exercise: YAML, starter, reference, a mistake."""
    from .scaffold import scaffold

    written = scaffold(folder, exercise, topic)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"Next: edit them, then `mlfun author check {written[0]}`.")
    return Exit.OK


@author.command("replay")
@click.argument("attempt", type=int)
@json_option
@pass_env
def author_replay(env: Env, attempt: int):
    """Grade a recorded attempt again with its own seed, showing its hidden cases in full."""
    from .replay import replay

    report = replay(env.course, attempt)
    env.report(report, "render_replay", report)
    return Exit.OK
