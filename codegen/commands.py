"""The `generate` and `check` commands: which providers or documents a command line names,
each generated (or checked against its lock file) in turn, with progress and a summary line.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from codegen.config import Config, check_formatter, load_config
from codegen.errors import InputError, Problem
from codegen.freshness import freshness
from codegen.ir.names import document_package
from codegen.lock import (
    IGNORE_NAME,
    LOCK_NAME,
    Lock,
    generator_versions,
    input_hashes,
    read_lock,
)

if TYPE_CHECKING:  # the pipeline is imported only when something is generated
    from codegen.emit.format import Formatter
    from codegen.pipeline import Generated, Stage

EXIT_OK, EXIT_STALE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
MANIFEST_NAME = "manifest.yaml"  # codegen.manifest's, whose import costs a YAML parser


class Output:
    """Errors always; a summary line per provider unless -q; progress on a terminal or -v."""

    def __init__(self, *, verbose: bool, quiet: bool) -> None:
        self.verbose = verbose
        self.quiet = quiet
        self.progress_on = not quiet and (verbose or sys.stderr.isatty())

    def progress(self, text: str) -> None:
        if self.progress_on:
            print(text, file=sys.stderr, flush=True)

    def summary(self, text: str) -> None:
        if not self.quiet:
            print(text, file=sys.stderr, flush=True)

    def result(self, text: str) -> None:
        """What `check` found: on stdout, even with -q."""
        print(text, flush=True)

    def error(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)


class Refused(Exception):
    pass


@dataclass(frozen=True)
class _Job:
    label: str
    provider: str
    source: Path  # the provider folder, or the one document
    target: Path
    make: Callable[[Stage], Generated]
    options: dict[str, str] = field(default_factory=dict)  # see `Lock.options`


def _settings(args: argparse.Namespace) -> Config:
    config = load_config(config=args.config, root=args.root)
    formatter = args.formatter or config.formatter
    if args.formatter:
        check_formatter(args.formatter, "--formatter")
    specs = args.specs.resolve() if args.specs else config.specs
    generated = args.generated.resolve() if args.generated else config.generated
    return Config(config.root, specs, generated, formatter, config.file)


def _jobs(args: argparse.Namespace, config: Config) -> list[_Job]:
    """What the command line asks for, in order."""
    if args.spec is not None:
        if args.providers:
            raise Refused("codegen: give either --spec or provider names, not both")
        if args.out is None:
            raise Refused("codegen: --spec needs --out DIR")
        spec: Path = args.spec
        if spec.is_dir():
            raise Refused(f"{spec}: a folder; --spec takes one document's file")
        if not spec.exists():
            raise Refused(f"{spec}: no such file")

        def make_document(stage: Stage) -> Generated:
            from codegen.pipeline import generate_document

            formatter = cast("Formatter", config.formatter)  # checked when the settings were read
            return generate_document(spec, args.name, formatter=formatter, stage=stage)

        options = {"package": document_package(args.name, spec.stem)}
        return [_Job(spec.name, spec.stem, spec, args.out, make_document, options)]
    # shown relative to the current folder; what the output records does not depend on it
    specs = _relative(config.specs)
    generated = _relative(config.generated)
    if not specs.is_dir():
        where = f" (settings: {config.file})" if config.file else ""
        raise Refused(
            f"{config.specs}: no such folder{where} (hint: set `specs` in [tool.invoice-codegen] "
            f"of pyproject.toml, or pass --specs)"
        )
    available = sorted(p.name for p in specs.iterdir() if (p / MANIFEST_NAME).is_file())
    names = args.providers or available
    bare = [n for n in names if n not in available and (specs / n).is_dir()]
    if bare:
        raise Refused(
            f"{specs / bare[0]}: no {MANIFEST_NAME} (hint: a provider's folder needs one naming "
            f'its package and documents; see the README\'s "Adding a provider")'
        )
    unknown = [n for n in names if n not in available]
    if unknown:
        raise Refused(
            f"codegen: unknown provider(s): {', '.join(unknown)} (known: {', '.join(available)})"
        )

    def maker(folder: Path) -> Callable[[Stage], Generated]:
        def make(stage: Stage) -> Generated:
            from codegen.pipeline import generate_provider

            formatter = cast("Formatter", config.formatter)  # checked when the settings were read
            return generate_provider(
                folder, generated / folder.name, formatter=formatter, stage=stage
            )

        return make

    jobs = [_Job(n, n, specs / n, generated / n, maker(specs / n)) for n in names]
    for job in jobs:
        # a package written among its inputs would change them with every run
        if job.target.resolve().is_relative_to(job.source.resolve()):
            raise Refused(
                f"{job.target}: the package folder is inside the provider's folder "
                f"{job.source}, whose every file is an input; nothing was changed (hint: set "
                f"`generated` to another folder than `specs`)"
            )
    return jobs


def _relative(path: Path) -> Path:
    return Path(os.path.relpath(path))


def _run(job: _Job, out: Output, prefix: str) -> Generated | None:
    """Generate one job; None when its input is bad (the problems are printed). With
    progress on, each stage is said as it starts, and what each took once all are done."""
    stages: list[tuple[str, float]] = []

    def stage(name: str) -> None:
        stages.append((name, time.perf_counter()))
        out.progress(f"{prefix}{job.label}: {name}…")

    try:
        return job.make(stage)
    except InputError as exc:
        for problem in exc.problems:
            out.error(str(problem))
        return None
    finally:
        ends = [at for _, at in stages[1:]] + [time.perf_counter()]
        took = ", ".join(f"{name} {end - at:.1f} s" for (name, at), end in zip(stages, ends))
        if took:
            out.progress(f"{prefix}{job.label}: wall time by stage: {took}")


def _without_manifest(args: argparse.Namespace, config: Config, out: Output) -> None:
    """A folder under `specs` that no provider claims is said, not passed over in silence."""
    specs = _relative(config.specs)
    if args.spec is not None or args.providers or not specs.is_dir():
        return
    for folder in sorted(specs.iterdir()):
        if (
            folder.is_dir()
            and not folder.name.startswith(".")
            and not (folder / MANIFEST_NAME).is_file()
        ):
            out.summary(f"{folder}: no {MANIFEST_NAME}, so no provider: left out")


def generate(args: argparse.Namespace, out: Output) -> int:
    config = _settings(args)
    jobs = _jobs(args, config)
    _without_manifest(args, config, out)
    versions = generator_versions(config.formatter)
    status = EXIT_OK
    for i, job in enumerate(jobs, 1):
        prefix = f"[{i}/{len(jobs)}] " if len(jobs) > 1 else ""
        started = time.perf_counter()
        previous = read_lock(job.target)
        fresh = previous is not None and not args.full
        if fresh and freshness(previous, job.target, job.source, versions, job.options).current:
            out.summary(f"{prefix}{job.label}: up to date ({job.target})")
            continue
        # only now, with something to generate, is the pipeline worth importing
        from codegen.write import WriteRefused, check_writable, write_tree

        try:
            check_writable(job.target, previous, force=args.force)
        except WriteRefused as exc:
            out.error(str(exc))
            status = max(status, EXIT_INPUT)
            continue
        result = _run(job, out, prefix)
        if result is None:
            status = max(status, EXIT_INPUT)
            out.summary(f"{prefix}{job.label}: failed, {job.target} left as it was")
            continue
        record = Lock(job.provider, versions, input_hashes(job.source, job.target), {}, job.options)
        try:
            written = write_tree(result.files, job.target, record, force=args.force)
        except WriteRefused as exc:
            out.error(str(exc))
            status = max(status, EXIT_INPUT)
            continue
        for rel in written.kept:
            out.summary(f"{job.target / rel}: no longer generated, but edited since: left in place")
        for rel in written.overwritten:
            out.summary(
                f"{job.target / rel}: edited by hand since it was generated: written over "
                f"(hint: list it in {IGNORE_NAME} to keep it as edited)"
            )
        out.summary(
            f"{prefix}{job.label}: {_counts(result)}, {len(written.changed)} files changed "
            f"({time.perf_counter() - started:.1f} s); report: "
            f"{job.target / 'codegen-report.json'}"
        )
        if args.verbose:
            for warning in _warnings(result):
                out.summary(f"  {warning}")
    for folder in _orphans(args, config):
        _remove_orphan(folder, out)
    return status


def _counts(result: Generated) -> str:
    summary = json.loads(result.files["codegen-report.json"])["summary"]
    return (
        f"{summary['operations']} operations, {summary['models']} models, "
        f"{summary['warnings']} warnings, {summary['not_generated']} operations not generated"
    )


def _warnings(result: Generated) -> list[str]:
    report = json.loads(result.files["codegen-report.json"])
    return [str(Problem(**w)) for w in report["warnings"]]


def _orphans(args: argparse.Namespace, config: Config) -> list[Path]:
    """Generated packages whose provider is gone (only looked for when all are asked for)."""
    if args.spec is not None or args.providers:
        return []
    generated = _relative(config.generated)
    specs = _relative(config.specs)
    if not generated.is_dir():
        return []
    found = []
    for folder in sorted(generated.iterdir()):
        provider = specs / folder.name
        if not (folder / LOCK_NAME).is_file() or (provider / MANIFEST_NAME).is_file():
            continue
        lock = read_lock(folder)
        # made from that provider's folder, not from a lone document (`--spec`) or elsewhere
        made_there = lock is not None and any(
            (folder / rel).resolve().is_relative_to(provider.resolve()) for rel in lock.inputs
        )
        if made_there:
            found.append(folder)
    return found


def _remove_orphan(folder: Path, out: Output) -> None:
    """`generate` removes what it wrote of a package whose provider is gone, as it removes a
    file no longer produced; what it did not write, or what was edited since, stays."""
    from codegen.write import remove_tree

    lock = read_lock(folder)
    if lock is None:  # gone since it was found
        return
    written = remove_tree(folder, lock)
    for rel in written.kept:
        out.summary(f"{folder / rel}: no longer generated, but edited since: left in place")
    left = " (the files it did not write are left in place)" if folder.exists() else ""
    out.summary(f"{folder}: no provider left: {len(written.changed)} files removed{left}")


def check(args: argparse.Namespace, out: Output) -> int:
    config = _settings(args)
    jobs = _jobs(args, config)
    _without_manifest(args, config, out)
    versions = generator_versions(config.formatter)
    stale = False
    for job in jobs:
        lock = read_lock(job.target)
        found = freshness(lock, job.target, job.source, versions, job.options)
        if found.current and not args.full:
            continue
        if found.no_lock and not job.target.exists() and not args.full:
            stale = True
            out.result(f"{job.target}: not generated yet")
            continue
        regenerate = args.full or args.diff or bool(found.versions) or found.no_lock
        if not regenerate:
            stale = True
            for line in found.lines():
                out.result(line)
            continue
        if found.versions and not args.full:
            for line in found.lines():
                out.progress(line)
            out.progress(f"{job.label}: generating again to compare")
        result = _run(job, out, "")
        if result is None:
            return EXIT_INPUT
        from codegen.write import stale_files

        files = stale_files(result.files, job.target, lock)
        if (found.inputs_changed or found.no_lock) and not files:
            # the output is the same, but the record of what it was made from is not
            files = [LOCK_NAME]
        if files:
            stale = True
            for line in found.lines():
                out.result(line)
            out.result(f"{job.target}: {len(files)} stale file(s):")
            for rel in files:
                out.result(f"  {job.target / rel}")
            if args.diff:
                _print_diff(job.target, files, result.files, out)
    for folder in _orphans(args, config):
        stale = True
        out.result(
            f"{folder}: no provider left ({_relative(config.specs) / folder.name} is gone): "
            f"`codegen generate` removes the files it wrote there, or restore the provider"
        )
    if stale:
        out.result("run `codegen generate` and commit the result")
        return EXIT_STALE
    out.progress("generated packages are current")
    return EXIT_OK


def _print_diff(target: Path, files: list[str], produced: dict[str, str], out: Output) -> None:
    for rel in files:
        try:
            old = (target / rel).read_text(encoding="utf-8").splitlines(keepends=True)
        except (FileNotFoundError, UnicodeDecodeError):
            old = []
        new = produced.get(rel, "").splitlines(keepends=True)
        path = (target / rel).as_posix()
        diff = difflib.unified_diff(old, new, f"{path} (on disk)", f"{path} (generated)")
        out.result("".join(diff).rstrip("\n"))
